// The strategy's 34 measures. Titles: the official wording where the status pages or seed 003 give it,
// otherwise a description written for this catalogue (`titleOfficial: false`). Summaries are our own words;
// status labels are copied exactly as published. Seed 002 (2021) lists the measures unnumbered, in order 1–34;
// seed 003 (2020) covers 24–34.
import type { Figure, LocalizedText, Measure, Report, ReportPart, Source, Status } from '@foreldrestotte/sdk';
import { status2020, status2021, statusPage } from './sources.js';
import { t } from './text.js';

const BFD = 'Barne- og familiedepartementet';
const KD = 'Kunnskapsdepartementet';

function figure(value: number, nb: string, nn: string, en: string): Figure {
  return { value, label: t(nb, nn, en) };
}

interface ReportExtras {
  figures?: Figure[];
  parts?: ReportPart[];
}

function report(year: 2020 | 2021, status: Status, label: string, responsibleAsReported: string, summary: LocalizedText, extras: ReportExtras = {}): Report {
  return {
    year,
    status,
    label,
    ...extras,
    summary,
    responsibleAsReported,
    source: year === 2021 ? status2021 : status2020,
  };
}

interface MeasureInput {
  number: number;
  focusArea: 1 | 2 | 3 | 4 | 5 | 6;
  title: LocalizedText;
  titleOfficial: boolean;
  responsible: string[];
  summary: LocalizedText;
  reports: Report[];
}

function measure(input: MeasureInput): Measure {
  const sources: Source[] = [status2021];
  if (input.reports.some((r) => r.year === 2020)) sources.push(status2020);
  sources.push(statusPage(input.focusArea));
  return { ...input, sources };
}

export const measures: Measure[] = [
  // — Focus area 1: Tilgjengelig informasjon til alle foreldre (1–6)
  measure({
    number: 1,
    focusArea: 1,
    title: t('Videreutvikle Foreldrehverdag.no', 'Vidareutvikle Foreldrehverdag.no', 'Develop Foreldrehverdag.no further'),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Bufdir utreder hvordan den statlige nettressursen Foreldrehverdag.no kan bli mer interaktiv, for eksempel med nettkurs, chat, podkast og en spørsmål-og-svar-tjeneste.',
      'Bufdir greier ut korleis den statlege nettressursen Foreldrehverdag.no kan bli meir interaktiv, til dømes med nettkurs, chat, podkast og ei spørsmål-og-svar-teneste.',
      'Bufdir is studying how the state website Foreldrehverdag.no can become more interactive, for example with online courses, chat, a podcast and a question-and-answer service.',
    ),
    reports: [
      report(
        2021,
        'ongoing',
        'Pågående',
        BFD,
        t(
          'Nye filmer, artikler og «Talkshow» ble laget i 2021. Et kurs for minoritetsforeldre ble prøvd ut i flere moskeer og skal tilbys over hele landet i 2022, og en spørretjeneste for foreldre ble prøvd ut som pilot. Over 200 000 foreldre har tatt Foreldrestiltesten, som også finnes på polsk og engelsk.',
          'Nye filmar, artiklar og «Talkshow» vart laga i 2021. Eit kurs for minoritetsforeldre vart prøvd ut i fleire moskear og skal tilbydast over heile landet i 2022, og ei spørjeteneste for foreldre vart prøvd ut som pilot. Over 200 000 foreldre har teke Foreldrestiltesten, som òg finst på polsk og engelsk.',
          'New films, articles and "talk shows" were made in 2021. A course for minority parents was trialled in several mosques and is to be offered nationwide in 2022, and a question service for parents ran as a pilot. More than 200,000 parents have taken the parenting-style test, which is also available in Polish and English.',
        ),
        {
          figures: [
            figure(200_000, 'foreldre har tatt Foreldrestiltesten', 'foreldre har teke Foreldrestiltesten', 'parents have taken the parenting-style test'),
          ],
        },
      ),
    ],
  }),
  measure({
    number: 2,
    focusArea: 1,
    title: t(
      'Utvikle digital verktøykasse for helsesykepleiere',
      'Utvikle digital verktøykasse for helsesjukepleiarar',
      'Develop a digital toolbox for public health nurses',
    ),
    titleOfficial: true,
    responsible: ['bfd', 'hod'],
    summary: t(
      'Bufdir og Helsedirektoratet lager digitalt materiell som helsesykepleiere og andre i helsestasjons- og skolehelsetjenesten kan bruke for å få foreldre til å reflektere over sin egen rolle i samspillet med barnet. Det erstatter heftet «Sammen foreldre og barn».',
      'Bufdir og Helsedirektoratet lagar digitalt materiell som helsesjukepleiarar og andre i helsestasjons- og skulehelsetenesta kan bruke for å få foreldre til å reflektere over si eiga rolle i samspelet med barnet. Det erstattar heftet «Sammen foreldre og barn».',
      'Bufdir and the Directorate of Health are making digital material that public health nurses and other staff at child health centres and in school health services can use to help parents reflect on their own part in the interaction with their child. It replaces the booklet "Sammen foreldre og barn".',
    ),
    reports: [
      report(
        2021,
        'completed',
        'Ferdig',
        'Barne- og familiedepartementet og Helsedepartementet',
        t(
          'Rapporten melder tiltaket som ferdig og lenker til det ferdige materiellet.',
          'Rapporten melder tiltaket som ferdig og lenkjer til det ferdige materiellet.',
          'The report marks the measure as finished and links to the finished material.',
        ),
      ),
    ],
  }),
  measure({
    number: 3,
    focusArea: 1,
    title: t('Øke kunnskap om familievernets tilbud', 'Auke kunnskapen om tilbodet i familievernet', 'Raise awareness of family counselling services'),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Bufdir arbeider for at flere skal kjenne til familievernet, blant annet gjennom kommunikasjonsstrategien «Et synlig familievern» (2018–2022).',
      'Bufdir arbeider for at fleire skal kjenne til familievernet, mellom anna gjennom kommunikasjonsstrategien «Et synlig familievern» (2018–2022).',
      'Bufdir is working to make the family counselling service better known, among other things through the communication strategy "Et synlig familievern" (2018–2022).',
    ),
    reports: [
      report(
        2021,
        'on-track',
        'I rute',
        BFD,
        t(
          'Arbeidet følger målene i «Et synlig familievern», som løper ut i 2022. En Sentio-undersøkelse viser at 75 prosent av barnefamiliene kjenner til familievernet. Kampanjen «Barndomsminner» i sosiale medier i 2021 ga mer trafikk til familievernet.no.',
          'Arbeidet følgjer måla i «Et synlig familievern», som går ut i 2022. Ei Sentio-undersøking viser at 75 prosent av barnefamiliane kjenner til familievernet. Kampanjen «Barndomsminner» i sosiale medium i 2021 gav meir trafikk til familievernet.no.',
          'The work follows the goals of "Et synlig familievern", which runs until 2022. A Sentio survey shows that 75 per cent of families with children know about the family counselling service. The 2021 social-media campaign "Barndomsminner" brought more visitors to familievernet.no.',
        ),
        {
          figures: [
            figure(
              75,
              'prosent av barnefamiliene kjenner til familievernet',
              'prosent av barnefamiliane kjenner til familievernet',
              'per cent of families with children know the service',
            ),
          ],
        },
      ),
    ],
  }),
  measure({
    number: 4,
    focusArea: 1,
    title: t(
      'Informasjon til foreldre om risiko på internett',
      'Informasjon til foreldre om risiko på internett',
      'Information for parents about risks online',
    ),
    titleOfficial: false,
    responsible: ['kd'],
    summary: t(
      'Foreldre trenger kunnskap og informasjon for å hjelpe barna med å håndtere risiko på internett. Utdanningsdirektoratet følger opp sammen med andre fagdirektorater, i sammenheng med Opptrappingsplan mot vold og overgrep.',
      'Foreldre treng kunnskap og informasjon for å hjelpe borna med å handtere risiko på internett. Utdanningsdirektoratet følgjer opp saman med andre fagdirektorat, i samanheng med Opptrappingsplan mot vold og overgrep.',
      'Parents need knowledge and information to help their children handle risks on the internet. The Directorate for Education and Training follows this up with other directorates, linked to the action plan against violence and abuse.',
    ),
    reports: [
      report(
        2021,
        'completed',
        'Ferdig',
        KD,
        t(
          'Utdanningsdirektoratet har laget og publisert en veileder om skadelig innhold på nett for barnehager og skoler.',
          'Utdanningsdirektoratet har laga og publisert ein rettleiar om skadeleg innhald på nett for barnehagar og skular.',
          'The Directorate for Education and Training has written and published a guide on harmful online content for kindergartens and schools.',
        ),
      ),
    ],
  }),
  measure({
    number: 5,
    focusArea: 1,
    title: t(
      'Inkluderende språk og kulturell tilpasning på Foreldrehverdag.no',
      'Inkluderande språk og kulturell tilpassing på Foreldrehverdag.no',
      'Inclusive language and cultural adaptation on Foreldrehverdag.no',
    ),
    titleOfficial: false,
    responsible: ['bfd'],
    summary: t(
      'Bufdir utvikler Foreldrehverdag.no slik at alle foreldre får god rådgivning, hjelp og støtte, med et inkluderende språk som tar hensyn til ulik kulturbakgrunn.',
      'Bufdir utviklar Foreldrehverdag.no slik at alle foreldre får god rådgiving, hjelp og støtte, med eit inkluderande språk som tek omsyn til ulik kulturbakgrunn.',
      'Bufdir is developing Foreldrehverdag.no so that all parents get good advice, help and support, in inclusive language that respects different cultural backgrounds.',
    ),
    reports: [
      report(
        2021,
        'ongoing',
        'Pågående',
        BFD,
        t(
          'Aktiviteten på Foreldrehverdag er beskrevet under tiltak 1. Innholdet revideres fortløpende med tanke på språk og tilgjengelighet.',
          'Aktiviteten på Foreldrehverdag er skildra under tiltak 1. Innhaldet vert revidert fortløpande med tanke på språk og tilgjenge.',
          'The activity on Foreldrehverdag is described under measure 1. The content is revised continuously for language and accessibility.',
        ),
      ),
    ],
  }),
  measure({
    number: 6,
    focusArea: 1,
    title: t('Digital fagstøtte til tjenestene', 'Digital fagstøtte til tenestene', 'Digital professional support for services'),
    titleOfficial: false,
    responsible: ['bfd'],
    summary: t(
      'Det skal utredes hvordan en nasjonal digital fagstøtte til tjenestene best kan organiseres og plasseres. Den skal gi oversikt over hvilke program som passer foreldres og barns behov, og ta med kunnskapsbaserte hjelpetiltak for den kommunale barnevernstjenesten. Oslo Economics utreder plassering, organisering, finansiering og samfunnsøkonomisk nytte.',
      'Det skal greiast ut korleis ei nasjonal digital fagstøtte til tenestene best kan organiserast og plasserast. Ho skal gi oversikt over kva program som passar behova til foreldre og born, og ta med kunnskapsbaserte hjelpetiltak for den kommunale barnevernstenesta. Oslo Economics greier ut plassering, organisering, finansiering og samfunnsøkonomisk nytte.',
      'A study will find how a national digital professional resource for services is best organised and placed. It is to give an overview of which programmes suit the needs of parents and children, and include knowledge-based support measures for municipal child welfare services. Oslo Economics is assessing placement, organisation, funding and socio-economic benefit.',
    ),
    reports: [
      report(
        2021,
        'ongoing',
        'Pågående',
        BFD,
        t(
          'Bufdir lanserte nettressursen «Arbeid med foreldrestøtte» i juni 2021, særlig rettet mot kommunene. Den gir råd om hvordan kommunen kan komme i gang, og en oversikt over kunnskapsbaserte foreldrestøttende tiltak og samlivstilbud. Ressursen videreutvikles i 2022.',
          'Bufdir lanserte nettressursen «Arbeid med foreldrestøtte» i juni 2021, særleg retta mot kommunane. Han gir råd om korleis kommunen kan kome i gang, og ei oversikt over kunnskapsbaserte foreldrestøttande tiltak og samlivstilbod. Ressursen vert vidareutvikla i 2022.',
          'Bufdir launched the web resource "Arbeid med foreldrestøtte" in June 2021, aimed mainly at municipalities. It advises on how a municipality can get started and gives an overview of knowledge-based parenting-support and relationship programmes. It is being developed further in 2022.',
        ),
      ),
    ],
  }),

  // — Focus area 2: Treffsikre tilskuddsordninger (7)
  measure({
    number: 7,
    focusArea: 2,
    title: t(
      'Styrke tilskudd til foreldrestøttende tiltak',
      'Styrkje tilskotet til foreldrestøttande tiltak',
      'Strengthen grants for parenting-support measures',
    ),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Kommunene er hovedmålgruppen for tilskuddsordningen til foreldrestøttende tiltak. Departementet vil vurdere å utvide ordningen slik at også frivillige organisasjoner kan søke.',
      'Kommunane er hovudmålgruppa for tilskotsordninga til foreldrestøttande tiltak. Departementet vil vurdere å utvide ordninga slik at òg frivillige organisasjonar kan søkje.',
      'Municipalities are the main target group of the grant scheme for parenting-support measures. The ministry will consider widening the scheme so that voluntary organisations can apply too.',
    ),
    reports: [
      report(
        2021,
        'on-track',
        'I rute',
        BFD,
        t(
          'Ordningen var på 50,4 millioner kroner i 2021. Bufdir fikk 114 søknader og innvilget 76. Fra 2021 kan frivillige organisasjoner søke sammen med kommunene om supplerende tiltak, og 48 av de 76 innvilgede søknadene gjaldt slikt samarbeid. Ordningen fortsetter i 2022.',
          'Ordninga var på 50,4 millionar kroner i 2021. Bufdir fekk 114 søknader og innvilga 76. Frå 2021 kan frivillige organisasjonar søkje saman med kommunane om supplerande tiltak, og 48 av dei 76 innvilga søknadene galdt slikt samarbeid. Ordninga held fram i 2022.',
          'The scheme held NOK 50.4 million in 2021. Bufdir received 114 applications and granted 76. Since 2021 voluntary organisations may apply together with municipalities for supplementary measures, and 48 of the 76 granted applications were such partnerships. The scheme continues in 2022.',
        ),
        {
          figures: [
            figure(50.4, 'millioner kroner i tilskudd (2021)', 'millionar kroner i tilskot (2021)', 'million NOK in grants (2021)'),
            figure(114, 'søknader', 'søknader', 'applications'),
            figure(76, 'søknader innvilget', 'søknader innvilga', 'applications granted'),
            figure(
              48,
              'innvilgede søknader om samarbeid mellom kommune og frivillighet',
              'innvilga søknader om samarbeid mellom kommune og frivilligheit',
              'granted applications for municipality–NGO partnerships',
            ),
          ],
        },
      ),
    ],
  }),

  // — Focus area 3: Tilpasset støtte til foreldre med særlige behov (8–19)
  measure({
    number: 8,
    focusArea: 3,
    title: t(
      'Utvikle retningslinjer for det statlige tilbudet til utsatte sped- og småbarn',
      'Utvikle retningsliner for det statlege tilbodet til utsette sped- og småborn',
      'Develop guidelines for the state services for vulnerable infants and young children',
    ),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Bufdir skal utvikle retningslinjer for det statlige tilbudet til foreldre og barn, sammen med alle berørte parter, før lovendringen trer i kraft. Spisskompetansemiljøet for sped- og småbarn i risiko for omsorgssvikt (region vest) lager forslag til inntaks- og eksklusjonskriterier for familiesentrene.',
      'Bufdir skal utvikle retningsliner for det statlege tilbodet til foreldre og born, saman med alle partar det gjeld, før lovendringa tek til å gjelde. Spisskompetansemiljøet for sped- og småborn i risiko for omsorgssvikt (region vest) lagar forslag til inntaks- og eksklusjonskriterium for familiesentera.',
      'Bufdir is to develop guidelines for the state services for parents and children, with everyone concerned, before the change in the law takes effect. The centre of expertise for infants and young children at risk of neglect (western region) is proposing intake and exclusion criteria for the family centres.',
    ),
    reports: [
      report(
        2021,
        'delayed',
        'I rute / Forsinket',
        BFD,
        t(
          'Rapporten deler statusen i to: «I rute» og «Forsinket». Retningslinjen for hjelpetiltak i barnevernet ble ikke ferdig i 2021 som planlagt, mens standardisert forløp for hjelpetiltak i barnevernet ble ferdigstilt i 2021.',
          'Rapporten deler statusen i to: «I rute» og «Forsinket». Retningslina for hjelpetiltak i barnevernet vart ikkje ferdig i 2021 som planlagt, medan standardisert forløp for hjelpetiltak i barnevernet vart ferdigstilt i 2021.',
          'The report splits the status in two: "I rute" (on track) and "Forsinket" (delayed). The guideline for support measures in child welfare was not finished in 2021 as planned, while the standardised pathway for support measures in child welfare was completed in 2021.',
        ),
        {
          parts: [
            {
              status: 'on-track',
              label: 'I rute',
              summary: t(
                'Rapporten gir ingen egen tekst under denne delen. Samme liste sier at standardisert forløp for hjelpetiltak i barnevernet ble ferdigstilt i 2021 (vår lesning av oppsettet).',
                'Rapporten gir ingen eigen tekst under denne delen. Same lista seier at standardisert forløp for hjelpetiltak i barnevernet vart ferdigstilt i 2021 (vår lesnad av oppsettet).',
                'The report gives this part no text of its own. The same list says the standardised pathway for support measures in child welfare was completed in 2021 (our reading of the layout).',
              ),
            },
            {
              status: 'delayed',
              label: 'Forsinket',
              summary: t(
                'Retningslinjen for hjelpetiltak i barnevernet ble ikke ferdig i 2021 fordi arbeidet ble større enn antatt. Den skal være klar for ekstern høring i 2022.',
                'Retningslina for hjelpetiltak i barnevernet vart ikkje ferdig i 2021 fordi arbeidet vart større enn venta. Ho skal vere klar for ekstern høyring i 2022.',
                'The guideline for support measures in child welfare was not finished in 2021 because the work proved larger than expected. It is to be ready for external consultation in 2022.',
              ),
            },
          ],
        },
      ),
    ],
  }),
  measure({
    number: 9,
    focusArea: 3,
    title: t(
      'Utvide og videreføre «Familie for første gang»',
      'Utvide og vidareføre «Familie for første gang»',
      'Expand and continue "Familie for første gang" (Nurse-Family Partnership)',
    ),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Utprøvingen av Familie for første gang (fase 2) pågår til 2021. Førstegangsforeldre som trenger ekstra støtte, følges tett av familiesykepleiere med rundt 64 hjemmebesøk fra tidlig i svangerskapet til barnet fyller 2 år.',
      'Utprøvinga av Familie for første gang (fase 2) held fram til 2021. Førstegongsforeldre som treng ekstra støtte, vert følgde tett av familiesjukepleiarar med rundt 64 heimebesøk frå tidleg i svangerskapet til barnet fyller 2 år.',
      'The trial of Familie for første gang (phase 2) runs until 2021. First-time parents who need extra support are followed closely by family nurses, with about 64 home visits from early pregnancy until the child turns two.',
    ),
    reports: [
      report(
        2021,
        'ongoing',
        'Pågående',
        BFD,
        t(
          'Programmet gikk inn i fase 3 i 2021. Arbeidet ble noe forsinket av spørsmål om hjemmel for å samle inn personopplysninger, som nå er avklart. Nasjonalt kontor ved RBUP har rekruttert nye team i tre nye geografiske områder, og Bufdir har bestilt effektforskning for 2022–2027.',
          'Programmet gjekk inn i fase 3 i 2021. Arbeidet vart noko forseinka av spørsmål om heimel for å samle inn personopplysningar, som no er avklart. Nasjonalt kontor ved RBUP har rekruttert nye team i tre nye geografiske område, og Bufdir har bestilt effektforsking for 2022–2027.',
          'The programme entered phase 3 in 2021. Work was somewhat delayed by questions about the legal basis for collecting personal data, now resolved. The national office at RBUP has recruited new teams in three new areas, and Bufdir has commissioned effect research for 2022–2027.',
        ),
      ),
    ],
  }),
  measure({
    number: 10,
    focusArea: 3,
    title: t(
      'Sikre foreldreveiledning i introduksjonsprogrammet',
      'Sikre foreldrerettleiing i introduksjonsprogrammet',
      'Ensure parenting guidance in the introduction programme',
    ),
    titleOfficial: true,
    responsible: ['kd'],
    summary: t(
      'Regjeringen har vedtatt at foreldreveiledning skal bli en obligatorisk del av introduksjonsprogrammet.',
      'Regjeringa har vedteke at foreldrerettleiing skal bli ein obligatorisk del av introduksjonsprogrammet.',
      'The government has decided that parenting guidance will become a compulsory part of the introduction programme.',
    ),
    reports: [
      report(
        2021,
        'ongoing',
        'Pågående',
        KD,
        t(
          'IMDi, Bufdir og Bufetat holdt i 2021 ni nye sertifiseringskurs i ICDP-veiledning for 110 kommuneansatte i 52 kommuner, medregnet tre bydeler i Oslo. Flere kommuner har dermed ansatte som kan gi foreldreveiledning i introduksjonsprogrammet.',
          'IMDi, Bufdir og Bufetat heldt i 2021 ni nye sertifiseringskurs i ICDP-rettleiing for 110 kommunetilsette i 52 kommunar, medrekna tre bydelar i Oslo. Fleire kommunar har dermed tilsette som kan gi foreldrerettleiing i introduksjonsprogrammet.',
          'In 2021 IMDi, Bufdir and Bufetat held nine new ICDP certification courses for 110 municipal staff in 52 municipalities, including three Oslo districts. More municipalities now have staff who can give parenting guidance in the introduction programme.',
        ),
        {
          figures: [
            figure(9, 'sertifiseringskurs i ICDP', 'sertifiseringskurs i ICDP', 'ICDP certification courses'),
            figure(110, 'kommuneansatte', 'kommunetilsette', 'municipal staff'),
            figure(52, 'kommuner', 'kommunar', 'municipalities'),
          ],
        },
      ),
    ],
  }),
  measure({
    number: 11,
    focusArea: 3,
    title: t(
      'Samhandling mellom barnevern og barnehage for å oppdage utsatte barn tidlig',
      'Samhandling mellom barnevern og barnehage for å oppdage utsette born tidleg',
      'Child welfare and kindergartens working together to spot vulnerable children early',
    ),
    titleOfficial: false,
    responsible: ['bfd', 'kd'],
    summary: t(
      'Direktoratene skal utvikle anbefalinger for hvordan barnevernstjenesten og barnehagene kan samarbeide om å oppdage utsatte barn tidlig og sørge for at foreldrene får god veiledning og oppfølging.',
      'Direktorata skal utvikle tilrådingar for korleis barnevernstenesta og barnehagane kan samarbeide om å oppdage utsette born tidleg og syte for at foreldra får god rettleiing og oppfølging.',
      'The directorates are to develop recommendations on how child welfare services and kindergartens can work together to identify vulnerable children early and make sure parents get good guidance and follow-up.',
    ),
    reports: [
      report(
        2021,
        'completed',
        'Ferdig',
        'Barne- og familiedepartementet og Kunnskapsdepartementet',
        t(
          'Fire direktorater (Helsedirektoratet, Utdanningsdirektoratet, Bufdir og Politidirektoratet) har ferdigstilt Nasjonal faglig retningslinje for tidlig oppdagelse av utsatte barn og unge. Den erstatter veilederen «Fra bekymring til handling».',
          'Fire direktorat (Helsedirektoratet, Utdanningsdirektoratet, Bufdir og Politidirektoratet) har ferdigstilt Nasjonal faglig retningslinje for tidlig oppdagelse av utsatte barn og unge. Ho erstattar rettleiaren «Fra bekymring til handling».',
          'Four directorates (Health, Education and Training, Bufdir and the Police Directorate) have completed the national professional guideline on early identification of vulnerable children and young people. It replaces the guide "Fra bekymring til handling".',
        ),
      ),
    ],
  }),
  measure({
    number: 12,
    focusArea: 3,
    title: t(
      'Vurdere hjemmebesøk til gravide i risikogruppen',
      'Vurdere heimebesøk til gravide i risikogruppa',
      'Consider home visits for pregnant women at risk',
    ),
    titleOfficial: false,
    responsible: ['hod'],
    summary: t(
      'Helsedirektoratet oppdaterer retningslinjen for svangerskapsomsorgen og skal vurdere en anbefaling om hjemmebesøk til gravide i risikogruppen, uten at det svekker tilliten mellom helsepersonell og den gravide.',
      'Helsedirektoratet oppdaterer retningslina for svangerskapsomsorga og skal vurdere ei tilråding om heimebesøk til gravide i risikogruppa, utan at det svekkjer tilliten mellom helsepersonell og den gravide.',
      'The Directorate of Health is updating the antenatal care guideline and will consider recommending a home visit for pregnant women in the risk group, without undermining trust between health staff and the woman.',
    ),
    reports: [
      report(
        2021,
        'on-track',
        'I rute',
        'Helsedepartementet',
        t(
          'Helsedirektoratet følger med på hvordan kommunene tar i bruk anbefalinger om tidlig identifikasjon, livsstilssamtale og hjemmebesøk, og arbeidet under pandemien for at tjenestene til gravide, barselkvinner og nyfødte skulle gå som normalt. Et verktøy for å beregne bemanning i helsestasjon 0–5 år er publisert; tilsvarende verktøy for jordmortjenesten og skolehelsetjenesten er forsinket.',
          'Helsedirektoratet følgjer med på korleis kommunane tek i bruk tilrådingar om tidleg identifikasjon, livsstilssamtale og heimebesøk, og arbeidde under pandemien for at tenestene til gravide, barselkvinner og nyfødde skulle gå som normalt. Eit verktøy for å rekne ut bemanning i helsestasjon 0–5 år er publisert; tilsvarande verktøy for jordmortenesta og skulehelsetenesta er forseinka.',
          'The Directorate of Health follows how municipalities apply the recommendations on early identification, lifestyle conversations and home visits, and worked during the pandemic to keep services for pregnant women, new mothers and newborns running. A staffing calculator for child health centres (0–5 years) is published; similar tools for midwifery and school health services are delayed.',
        ),
      ),
    ],
  }),
  measure({
    number: 13,
    focusArea: 3,
    title: t(
      'Foreldres egne oppvekstserfaringer med vold i helsetjenestens veiledere',
      'Foreldra sine eigne oppvekstrøynsler med vald i rettleiarane til helsetenesta',
      "Parents' own childhood experience of violence in health-service guidance",
    ),
    titleOfficial: false,
    responsible: ['hdir'],
    summary: t(
      'Når Helsedirektoratet reviderer veiledere, rundskriv og retningslinjer, skal det vurdere hvordan personellet kan ta opp foreldres egne oppvekstserfaringer med vold, seksuelle overgrep og omsorgssvikt.',
      'Når Helsedirektoratet reviderer rettleiarar, rundskriv og retningsliner, skal det vurdere korleis personellet kan ta opp foreldra sine eigne oppvekstrøynsler med vald, seksuelle overgrep og omsorgssvikt.',
      "When the Directorate of Health revises guides, circulars and guidelines, it is to consider how staff can raise parents' own childhood experiences of violence, sexual abuse and neglect.",
    ),
    reports: [
      report(
        2021,
        'completed',
        'Ferdig',
        'Helsedirektoratet',
        t(
          'Temaet foreldres oppvekstserfaringer med vold er tatt inn i arbeidet på helsestasjonen for 0–5 år. Det tas opp ved hjemmebesøket 7–10 dager etter fødselen og går igjen i alle konsultasjoner.',
          'Temaet foreldra sine oppvekstrøynsler med vald er teke inn i arbeidet på helsestasjonen for 0–5 år. Det vert teke opp ved heimebesøket 7–10 dagar etter fødselen og går igjen i alle konsultasjonar.',
          "The topic of parents' childhood experience of violence is now part of the work at child health centres (0–5 years). It is raised at the home visit 7–10 days after birth and recurs in every consultation.",
        ),
      ),
    ],
  }),
  measure({
    number: 14,
    focusArea: 3,
    title: t(
      'Styrke tilbudet i Alternativ til Vold (ATV) til hele familien',
      'Styrkje tilbodet i Alternativ til Vold (ATV) til heile familien',
      'Strengthen Alternative to Violence (ATV) services for the whole family',
    ),
    titleOfficial: false,
    responsible: ['bfd'],
    summary: t(
      'ATV skal gi behandling til dem som utøver vold i nære relasjoner, og til familiene deres (partner og barn). Tilskuddet til ATV styrkes i 2019 for å gi nok bemanning til dette familiemandatet og for å etablere nye tilbud.',
      'ATV skal gi behandling til dei som utøver vald i nære relasjonar, og til familiane deira (partnar og born). Tilskotet til ATV vert styrkt i 2019 for å gi nok bemanning til dette familiemandatet og for å etablere nye tilbod.',
      'ATV is to treat perpetrators of domestic violence and their families (partner and children). The grant to ATV is increased in 2019 to staff this family mandate and to open new services.',
    ),
    reports: [
      report(
        2021,
        'completed',
        'Ferdig',
        BFD,
        t(
          'ATV har fått et familiemandat, og alle kontorene har nå forutsetninger for å følge det opp. I 2020 åpnet nye kontorer i Alta (med samisk kompetanse) og Trondheim. Bevilgningen fra BFD var 70,8 millioner kroner i 2021, pluss 5,8 millioner i revidert nasjonalbudsjett.',
          'ATV har fått eit familiemandat, og alle kontora har no føresetnader for å følgje det opp. I 2020 opna nye kontor i Alta (med samisk kompetanse) og Trondheim. Løyvinga frå BFD var 70,8 millionar kroner i 2021, i tillegg til 5,8 millionar i revidert nasjonalbudsjett.',
          'ATV now has a family mandate, and every office is equipped to carry it out. In 2020 new offices opened in Alta (with Sami expertise) and Trondheim. The grant from the ministry was NOK 70.8 million in 2021, plus NOK 5.8 million in the revised budget.',
        ),
        {
          figures: [
            figure(70.8, 'millioner kroner fra BFD i 2021', 'millionar kroner frå BFD i 2021', 'million NOK from the ministry in 2021'),
            figure(
              5.8,
              'millioner kroner ekstra i revidert budsjett',
              'millionar kroner ekstra i revidert budsjett',
              'million NOK extra in the revised budget',
            ),
          ],
        },
      ),
    ],
  }),
  measure({
    number: 15,
    focusArea: 3,
    title: t(
      'Læringsnettverk og utviklingsprosjekter i det kommunale barnevernet',
      'Læringsnettverk og utviklingsprosjekt i det kommunale barnevernet',
      'Learning networks and development projects in municipal child welfare',
    ),
    titleOfficial: false,
    responsible: ['bfd'],
    summary: t(
      'Fylkesmannen skal etablere læringsnettverk for kommunene i fylket og forvalte stimuleringsmidler til lokale utviklingsprosjekter for barn og familier i barnevernet. Prosjekter som omfatter flere kommuner, prioriteres.',
      'Fylkesmannen skal etablere læringsnettverk for kommunane i fylket og forvalte stimuleringsmidlar til lokale utviklingsprosjekt for born og familiar i barnevernet. Prosjekt som omfattar fleire kommunar, vert prioriterte.',
      'County governors are to set up learning networks for the municipalities in their county and manage stimulus funds for local development projects for children and families in child welfare. Projects spanning several municipalities come first.',
    ),
    reports: [
      report(
        2021,
        'on-track',
        'I rute',
        BFD,
        t(
          'Det finnes 56 kommunale læringsnettverk. En evaluering i 2021 viser at nesten alle barnevernstjenester (90 prosent) deltar i minst ett. I 2020 og 2021 fikk 38 prosjekter på fosterhjemsområdet og 39 prosjekter med egne faglige temaer stimuleringsmidler fra Bufdir.',
          'Det finst 56 kommunale læringsnettverk. Ei evaluering i 2021 viser at nesten alle barnevernstenester (90 prosent) er med i minst eitt. I 2020 og 2021 fekk 38 prosjekt på fosterheimsområdet og 39 prosjekt med eigne faglege tema stimuleringsmidlar frå Bufdir.',
          'There are 56 municipal learning networks. A 2021 evaluation shows that nearly all child welfare services (90 per cent) take part in at least one. In 2020 and 2021, 38 foster-care projects and 39 projects on self-chosen topics received stimulus funds from Bufdir.',
        ),
        {
          figures: [
            figure(56, 'læringsnettverk', 'læringsnettverk', 'learning networks'),
            figure(90, 'prosent av barnevernstjenestene deltar', 'prosent av barnevernstenestene er med', 'per cent of child welfare services take part'),
            figure(38, 'prosjekter på fosterhjemsområdet', 'prosjekt på fosterheimsområdet', 'foster-care projects'),
            figure(39, 'prosjekter med egne faglige temaer', 'prosjekt med eigne faglege tema', 'projects on self-chosen topics'),
          ],
        },
      ),
    ],
  }),
  measure({
    number: 16,
    focusArea: 3,
    title: t(
      'Bedre oppfølging av foreldre med barn i fosterhjem eller institusjon',
      'Betre oppfølging av foreldre med born i fosterheim eller institusjon',
      'Better follow-up of parents whose children live in foster care or institutions',
    ),
    titleOfficial: false,
    responsible: ['bfd'],
    summary: t(
      'Foreldre som opplever at barna må flytte i fosterhjem eller institusjon, skal få bedre oppfølging. Det er foreslått lovendringer som presiserer barnevernets ansvar, og det skal lages faglige anbefalinger for oppfølging av foreldre ved akuttplasseringer.',
      'Foreldre som opplever at borna må flytte i fosterheim eller institusjon, skal få betre oppfølging. Det er føreslått lovendringar som presiserer ansvaret til barnevernet, og det skal lagast faglege tilrådingar for oppfølging av foreldre ved akuttplasseringar.',
      'Parents whose children have to move to foster care or an institution are to get better follow-up. Changes to the law have been proposed to clarify the child welfare service’s duty, and professional recommendations are to be made for following up parents after emergency placements.',
    ),
    reports: [
      report(
        2021,
        'on-track',
        'I rute',
        BFD,
        t(
          'Spisskompetansemiljøet for foreldreoppfølging etter omsorgsovertakelse ferdigstilte i 2021 et samtaleforløp for familievernet og foreslo en plan for pilotering. NTNU og NORCE har laget en forskningsrapport om barnevernets akuttarbeid, og Bufdir skal lage faglige anbefalinger for omsorgsplaner som tas inn i Barnevernsfaglig kvalitetssystem.',
          'Spisskompetansemiljøet for foreldreoppfølging etter omsorgsovertaking ferdigstilte i 2021 eit samtaleforløp for familievernet og føreslo ein plan for pilotering. NTNU og NORCE har laga ein forskingsrapport om akuttarbeidet i barnevernet, og Bufdir skal lage faglege tilrådingar for omsorgsplanar som vert tekne inn i Barnevernsfaglig kvalitetssystem.',
          'In 2021 the centre of expertise on following up parents after a care order completed a conversation pathway for family counselling and proposed a pilot plan. NTNU and NORCE have written a research report on emergency child-welfare work, and Bufdir will make recommendations for care plans to be included in the child-welfare quality system.',
        ),
      ),
    ],
  }),
  measure({
    number: 17,
    focusArea: 3,
    title: t(
      'Retningslinjer for statens spesialiserte hjelpetiltak',
      'Retningsliner for dei spesialiserte hjelpetiltaka til staten',
      "Guidelines for the state's specialised support measures",
    ),
    titleOfficial: false,
    responsible: ['bfd'],
    summary: t(
      'Staten skal etter loven ha et tilbud om spesialiserte hjelpetiltak for barn og familier der det er høy risiko for at barnet må flytte i fosterhjem eller institusjon. Bufdir skal utvikle retningslinjer for tilbudet før lovendringen trer i kraft.',
      'Staten skal etter lova ha eit tilbod om spesialiserte hjelpetiltak for born og familiar der det er høg risiko for at barnet må flytte i fosterheim eller institusjon. Bufdir skal utvikle retningsliner for tilbodet før lovendringa tek til å gjelde.',
      'By law the state must offer specialised support measures for children and families where there is a high risk that the child will have to move to foster care or an institution. Bufdir is to develop guidelines for this offer before the change in the law takes effect.',
    ),
    reports: [
      report(
        2021,
        'on-track',
        'I rute',
        BFD,
        t(
          'Oppdraget besvares med «Tjenestekatalog for hjelpetiltak», publisert på Bufdirs nettsider høsten 2021. Prosedyrer og henvisningsskjema for det kommunale barnevernet blir klare til barnevernsreformen 1. januar 2022.',
          'Oppdraget vert svara ut med «Tjenestekatalog for hjelpetiltak», publisert på nettsidene til Bufdir hausten 2021. Prosedyrar og tilvisingsskjema for det kommunale barnevernet vert klare til barnevernsreforma 1. januar 2022.',
          'The assignment is answered by a catalogue of support services ("Tjenestekatalog for hjelpetiltak"), published on Bufdir\'s website in autumn 2021. Procedures and a referral form for municipal child welfare will be ready for the child welfare reform on 1 January 2022.',
        ),
      ),
    ],
  }),
  measure({
    number: 18,
    focusArea: 3,
    title: t(
      'ICDP for foreldre til ungdom og ved bekymring for radikalisering',
      'ICDP for foreldre til ungdom og ved uro for radikalisering',
      'ICDP for parents of teenagers and parents worried about radicalisation',
    ),
    titleOfficial: false,
    responsible: ['bfd'],
    summary: t(
      'Bufdir har prøvd ut ICDP for foreldre som er bekymret for at barna deres skal bli radikalisert eller dras inn i voldelig ekstremisme, og vil øke bruken av den bredere tilnærmingen til foreldre med ungdom.',
      'Bufdir har prøvd ut ICDP for foreldre som er uroa for at borna deira skal bli radikaliserte eller dregne inn i valdeleg ekstremisme, og vil auke bruken av den breiare tilnærminga til foreldre med ungdom.',
      'Bufdir has trialled ICDP for parents worried that their children are being radicalised or drawn into violent extremism, and will increase use of the broader approach for parents of teenagers.',
    ),
    reports: [
      report(
        2021,
        'on-track',
        'I rute',
        BFD,
        t(
          'I 2021 ble 11 kommuner og bydeler med til sammen 30 ICDP-veiledere med på å prøve ut en tilpasset variant av ICDP for ungdomsforeldre. Deler av materiellet er oversatt til 8 språk, og FHI skal følgeforske videre utprøving i 15–20 nye kommuner i 2022–2023.',
          'I 2021 vart 11 kommunar og bydelar med til saman 30 ICDP-rettleiarar med på å prøve ut ein tilpassa variant av ICDP for ungdomsforeldre. Delar av materiellet er omsett til 8 språk, og FHI skal følgjeforske vidare utprøving i 15–20 nye kommunar i 2022–2023.',
          'In 2021, 11 municipalities and city districts with 30 ICDP facilitators in all joined a trial of an adapted ICDP for parents of teenagers. Part of the material is translated into 8 languages, and the Norwegian Institute of Public Health will study a further trial in 15–20 new municipalities in 2022–2023.',
        ),
        {
          figures: [
            figure(11, 'kommuner og bydeler i utprøvingen', 'kommunar og bydelar i utprøvinga', 'municipalities and districts in the trial'),
            figure(30, 'ICDP-veiledere', 'ICDP-rettleiarar', 'ICDP facilitators'),
            figure(8, 'språk materiellet er oversatt til', 'språk materiellet er omsett til', 'languages the material is translated into'),
          ],
        },
      ),
    ],
  }),
  measure({
    number: 19,
    focusArea: 3,
    title: t(
      'Videreutvikle Pappa i fengsel – også for mødre',
      'Vidareutvikle Pappa i fengsel – òg for mødrer',
      'Develop the Father in Prison programme further – for mothers too',
    ),
    titleOfficial: false,
    responsible: ['jd'],
    summary: t(
      'Pappa i fengsel bygger på ICDP og er et gruppetilbud til fedre i fengsel. Det skal vurderes om programmet kan tilpasses mødre i fengsel.',
      'Pappa i fengsel byggjer på ICDP og er eit grupptilbod til fedrar i fengsel. Det skal vurderast om programmet kan tilpassast mødrer i fengsel.',
      'Father in Prison builds on ICDP and is a group programme for fathers in prison. Whether it can be adapted for mothers in prison is to be considered.',
    ),
    reports: [
      report(
        2021,
        'on-track',
        'I rute',
        'Justisdepartementet',
        t(
          'Utviklingen av et program for domfelte og innsatte kvinner med barn er godt i gang, og en pilot er planlagt i 2022. Mammaprogrammet utvikles sammen med Kirkens Bymisjon – Myrsnipa i Oslo.',
          'Utviklinga av eit program for domfelte og innsette kvinner med born er godt i gang, og ein pilot er planlagd i 2022. Mammaprogrammet vert utvikla saman med Kirkens Bymisjon – Myrsnipa i Oslo.',
          'Development of a programme for convicted and imprisoned women with children is well under way, with a pilot planned for 2022. The mothers’ programme is being developed with Kirkens Bymisjon – Myrsnipa in Oslo.',
        ),
      ),
    ],
  }),

  // — Focus area 4: Kvalitetssikret og samordnet tilbud (20–22)
  measure({
    number: 20,
    focusArea: 4,
    title: t('Styrke familieperspektivet i alle sektorer', 'Styrkje familieperspektivet i alle sektorar', 'Strengthen the family perspective in all sectors'),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Bufdir har et overordnet ansvar for at familieperspektivet ivaretas i alle relevante sektorer, slik at tjenestene ser foreldrenes betydning for barna. Direktoratet koordinerer også oppfølgingen av strategien.',
      'Bufdir har eit overordna ansvar for at familieperspektivet vert teke vare på i alle relevante sektorar, slik at tenestene ser kor viktige foreldra er for borna. Direktoratet koordinerer òg oppfølginga av strategien.',
      'Bufdir has overall responsibility for keeping the family perspective in every relevant sector, so that services see how much parents matter to children. The directorate also coordinates the follow-up of the strategy.',
    ),
    reports: [
      report(
        2021,
        'ongoing',
        'Pågående',
        BFD,
        t(
          'Bufdir er i dialog med andre direktorater om å ha familieperspektivet med i alt de gjør, særlig i andre sektorer og i tjenester rettet mot enkeltpersoner.',
          'Bufdir er i dialog med andre direktorat om å ha familieperspektivet med i alt dei gjer, særleg i andre sektorar og i tenester retta mot enkeltpersonar.',
          'Bufdir is in dialogue with other directorates about keeping the family perspective in everything they do, especially in other sectors and in services for individuals.',
        ),
      ),
    ],
  }),
  measure({
    number: 21,
    focusArea: 4,
    title: t(
      'Utrede bedre koordinerte tilbud til barn og unge',
      'Greie ut betre koordinerte tilbod til born og unge',
      'Study better-coordinated services for children and young people',
    ),
    titleOfficial: true,
    responsible: ['hod'],
    summary: t(
      'Regjeringen vil utrede hvordan tjenester til barn og unge kan koordineres bedre, blant annet samordningen av individuelle planer på tvers av sektorer.',
      'Regjeringa vil greie ut korleis tenester til born og unge kan koordinerast betre, mellom anna samordninga av individuelle planar på tvers av sektorar.',
      'The government will study how services for children and young people can be better coordinated, including how individual plans are aligned across sectors.',
    ),
    reports: [
      report(
        2021,
        'ongoing',
        'Ferdig og samtidig pågående',
        'Helsedepartementet',
        t(
          '0–24-samarbeidet ble avsluttet våren 2021. En tverrdepartemental kjernegruppe for utsatte barn og unge viderefører arbeidet, som del av strategien «Gode hver for oss. Best sammen» fra mai 2021. Helsedirektoratet og de andre velferdsdirektoratene skal bygge en samarbeidsstruktur som støtter kjernegruppen, koordinert av Bufdir.',
          '0–24-samarbeidet vart avslutta våren 2021. Ei tverrdepartemental kjernegruppe for utsette born og unge fører arbeidet vidare, som del av strategien «Gode hver for oss. Best sammen» frå mai 2021. Helsedirektoratet og dei andre velferdsdirektorata skal byggje ein samarbeidsstruktur som støttar kjernegruppa, koordinert av Bufdir.',
          'The 0–24 cooperation ended in spring 2021. A cross-ministry core group for vulnerable children and young people carries the work on, as part of the May 2021 strategy "Gode hver for oss. Best sammen". The Directorate of Health and the other welfare directorates are to build a cooperation structure supporting the core group, coordinated by Bufdir.',
        ),
      ),
    ],
  }),
  measure({
    number: 22,
    focusArea: 4,
    title: t(
      'Samarbeid mellom kriminalomsorgen og familievernet',
      'Samarbeid mellom kriminalomsorga og familievernet',
      'Cooperation between the correctional service and family counselling',
    ),
    titleOfficial: false,
    responsible: ['bfd', 'jd'],
    summary: t(
      'Foreldre i fengsel og familiene deres kan trenge ekstra støtte. Det skal vurderes hvordan kriminalomsorgen og familievernkontorene kan samarbeide.',
      'Foreldre i fengsel og familiane deira kan trenge ekstra støtte. Det skal vurderast korleis kriminalomsorga og familievernkontora kan samarbeide.',
      'Parents in prison and their families may need extra support. How the correctional service and family counselling offices can work together is to be considered.',
    ),
    reports: [
      report(
        2021,
        'on-track',
        'I rute',
        'Barne- og familiedepartementet og Justisdepartementet',
        t(
          'Våren 2021 spurte Kriminalomsorgsdirektoratet, sammen med Bufdir, innsatte med barn under 18 år om behovet for familieverntjenester under og etter soning. Rapporten skal være ferdig i slutten av januar 2022 og gi anbefalinger om tiltak.',
          'Våren 2021 spurde Kriminalomsorgsdirektoratet, saman med Bufdir, innsette med born under 18 år om behovet for familieverntenester under og etter soning. Rapporten skal vere ferdig i slutten av januar 2022 og gi tilrådingar om tiltak.',
          'In spring 2021 the Directorate of Correctional Services and Bufdir surveyed inmates with children under 18 about their need for family counselling during and after their sentence. The report is due at the end of January 2022 with recommendations.',
        ),
      ),
    ],
  }),

  // — Focus area 5: En sterk frivillig sektor (23)
  measure({
    number: 23,
    focusArea: 5,
    title: t(
      'Dialog med frivillige organisasjoner om foreldrestøtte',
      'Dialog med frivillige organisasjonar om foreldrestøtte',
      'Dialogue with voluntary organisations on parenting support',
    ),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Bufdir skal etablere et forum for dialog med frivillige aktører som driver foreldrestøtte, og vurdere hvordan frivillige tilbud kan nå flere målgrupper og større deler av landet.',
      'Bufdir skal etablere eit forum for dialog med frivillige aktørar som driv foreldrestøtte, og vurdere korleis frivillige tilbod kan nå fleire målgrupper og større delar av landet.',
      'Bufdir is to set up a forum for dialogue with voluntary bodies that offer parenting support, and consider how voluntary offers can reach more groups and more of the country.',
    ),
    reports: [
      report(
        2021,
        'ongoing',
        'Pågående',
        BFD,
        t(
          'Dialogforumet holdt ingen møter i 2021, men har fått en kanal i Teams. Spisskompetansemiljøet for forebygging og foreldrestøtte overtar driften. Bufdir har bestilt en kartlegging av foreldrestøtte i frivillig sektor og trossamfunn; Rambøll legger fram resultatene i 2022.',
          'Dialogforumet heldt ingen møte i 2021, men har fått ein kanal i Teams. Spisskompetansemiljøet for førebygging og foreldrestøtte tek over drifta. Bufdir har bestilt ei kartlegging av foreldrestøtte i frivillig sektor og trussamfunn; Rambøll legg fram resultata i 2022.',
          'The dialogue forum held no meetings in 2021 but has a Teams channel. The centre of expertise for prevention and parenting support is taking over running it. Bufdir has commissioned a survey of parenting support in the voluntary sector and faith communities; Rambøll reports in 2022.',
        ),
      ),
    ],
  }),

  // — Focus area 6: Økt kompetanse og kunnskap (24–34); titles from seed 003
  measure({
    number: 24,
    focusArea: 6,
    title: t('Foreldreundersøkelsen', 'Foreldreundersøkinga', 'The parent survey'),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Gjennomføre en befolkningsundersøkelse blant foreldre, med vekt på fedre.',
      'Gjennomføre ei befolkningsundersøking blant foreldre, med vekt på fedrar.',
      'Carry out a population survey of parents, with an emphasis on fathers.',
    ),
    reports: [
      report(
        2020,
        'completed',
        'Ferdig',
        BFD,
        t(
          'Undersøkelsen er gjennomført; oppsummering og rapport er publisert.',
          'Undersøkinga er gjennomført; oppsummering og rapport er publiserte.',
          'The survey has been carried out; a summary and the report are published.',
        ),
      ),
      report(
        2021,
        'completed',
        'Ferdig',
        BFD,
        t(
          'Rapporten fra befolkningsundersøkelsen er publisert.',
          'Rapporten frå befolkningsundersøkinga er publisert.',
          'The report from the population survey is published.',
        ),
      ),
    ],
  }),
  measure({
    number: 25,
    focusArea: 6,
    title: t('Kartlegge foreldrestøtte i barnehager', 'Kartleggje foreldrestøtte i barnehagar', 'Map parenting support in kindergartens'),
    titleOfficial: true,
    responsible: ['kd'],
    summary: t(
      'Barnehager har ingen plikt til å gi foreldrestøtte, men en del tilbud går gjennom dem. Det skal kartlegges om og hvordan barnehager samarbeider med andre tjenester om foreldrestøtte, og hvor mye de selv tilbyr foreldreveiledning.',
      'Barnehagar har inga plikt til å gi foreldrestøtte, men ein del tilbod går gjennom dei. Det skal kartleggjast om og korleis barnehagar samarbeider med andre tenester om foreldrestøtte, og kor mykje dei sjølve tilbyr foreldrerettleiing.',
      'Kindergartens have no duty to offer parenting support, but some offers go through them. The measure maps whether and how kindergartens work with other services on parenting support, and how much guidance they offer themselves.',
    ),
    reports: [
      report(
        2020,
        'completed',
        'Ferdig',
        KD,
        t(
          'Spørsmål om foreldreveiledning ble stilt til barnehageeiere og -ledere i Utdanningsdirektoratets faste undersøkelse til barnehage-Norge i 2019.',
          'Spørsmål om foreldrerettleiing vart stilte til barnehageeigarar og -leiarar i den faste undersøkinga til Utdanningsdirektoratet til barnehage-Noreg i 2019.',
          'Questions about parenting guidance were put to kindergarten owners and heads in the Directorate for Education and Training’s regular 2019 kindergarten survey.',
        ),
      ),
      report(
        2021,
        'completed',
        'Ferdig',
        KD,
        t(
          'Kartleggingen ble gjort i Utdanningsdirektoratets faste barnehageundersøkelse i 2019; resultatene står fra side 157.',
          'Kartlegginga vart gjord i den faste barnehageundersøkinga til Utdanningsdirektoratet i 2019; resultata står frå side 157.',
          'The mapping was part of the Directorate for Education and Training’s regular 2019 kindergarten survey; results start on page 157.',
        ),
      ),
    ],
  }),
  measure({
    number: 26,
    focusArea: 6,
    title: t('Kartlegge foreldrestøtte i skoler', 'Kartleggje foreldrestøtte i skular', 'Map parenting support in schools'),
    titleOfficial: true,
    responsible: ['kd'],
    summary: t(
      'Kartlegge i hvilken grad skoler har foreldrestøttende tilbud og hva de omfatter (foreldreskole, temamøter og annet), som grunnlag for å spre gode erfaringer.',
      'Kartleggje i kva grad skular har foreldrestøttande tilbod og kva dei omfattar (foreldreskule, temamøte og anna), som grunnlag for å spreie gode røynsler.',
      'Map how far schools offer parenting support and what it includes (parent classes, theme meetings and more), as a basis for spreading good practice.',
    ),
    reports: [
      report(
        2020,
        'completed',
        'Ferdig',
        KD,
        t(
          'Utdanningsdirektoratet har kartlagt tilbudet med ekstra spørsmål til skoleeiere og skoleledere i den faste undersøkelsen «Spørsmål til skole-Norge».',
          'Utdanningsdirektoratet har kartlagt tilbodet med ekstra spørsmål til skuleeigarar og skuleleiarar i den faste undersøkinga «Spørsmål til skole-Norge».',
          'The Directorate for Education and Training mapped the offers with extra questions to school owners and heads in its regular survey "Spørsmål til skole-Norge".',
        ),
      ),
      report(
        2021,
        'completed',
        'Ferdig',
        KD,
        t(
          'Kartleggingen er gjennomført i «Spørsmål til skole-Norge»; resultatene står fra side 157.',
          'Kartlegginga er gjennomført i «Spørsmål til skole-Norge»; resultata står frå side 157.',
          'The mapping was done through "Spørsmål til skole-Norge"; results start on page 157.',
        ),
      ),
    ],
  }),
  measure({
    number: 27,
    focusArea: 6,
    title: t(
      'Kartlegge foreldrestøtte i pedagogisk-psykologisk tjeneste',
      'Kartleggje foreldrestøtte i pedagogisk-psykologisk teneste',
      'Map parenting support in the educational-psychological service (PPT)',
    ),
    titleOfficial: true,
    responsible: ['kd'],
    summary: t(
      'PPT hjelper det enkelte barnet i barnehage og skole og involverer foreldrene i ulik grad. Det skal kartlegges i hvilken grad og til hvilke grupper PPT tilbyr foreldreveiledning.',
      'PPT hjelper det einskilde barnet i barnehage og skule og involverer foreldra i ulik grad. Det skal kartleggjast i kva grad og til kva grupper PPT tilbyr foreldrerettleiing.',
      'PPT helps individual children in kindergarten and school and involves parents to varying degrees. The measure maps how far, and to which groups, PPT offers parenting guidance.',
    ),
    reports: [
      report(
        2020,
        'completed',
        'Ferdig',
        KD,
        t(
          'Meldt som ferdig. Teksten sier at Utdanningsdirektoratet vil stille spørsmål om foreldreveiledning i PPT i den faste undersøkelsen «Spørsmål til skole-Norge».',
          'Meldt som ferdig. Teksten seier at Utdanningsdirektoratet vil stille spørsmål om foreldrerettleiing i PPT i den faste undersøkinga «Spørsmål til skole-Norge».',
          'Reported as finished. The text says the Directorate for Education and Training will ask about parenting guidance in PPT in its regular survey "Spørsmål til skole-Norge".',
        ),
      ),
      report(
        2021,
        'completed',
        'Ferdig',
        KD,
        t(
          'Utdanningsdirektoratet har stilt spørsmål om foreldreveiledning i PPT til skoleeiere og skoleledere i «Spørsmål til skole-Norge».',
          'Utdanningsdirektoratet har stilt spørsmål om foreldrerettleiing i PPT til skuleeigarar og skuleleiarar i «Spørsmål til skole-Norge».',
          'The Directorate for Education and Training has asked school owners and heads about parenting guidance in PPT in "Spørsmål til skole-Norge".',
        ),
      ),
    ],
  }),
  measure({
    number: 28,
    focusArea: 6,
    title: t(
      'Utrede sosial mobilitet – barn i lavinntektsfamilier',
      'Greie ut sosial mobilitet – born i låginntektsfamiliar',
      'Study social mobility – children in low-income families',
    ),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Langvarig trang økonomi belaster familiene og kan gå ut over relasjonene i familien. Et forskningsoppdrag skal kartlegge kunnskap om muligheter og hindringer for barn i lavinntektsfamilier, også foreldrerollen.',
      'Langvarig trong økonomi er ei belastning for familiane og kan gå ut over relasjonane i familien. Eit forskingsoppdrag skal kartleggje kunnskap om moglegheiter og hindringar for born i låginntektsfamiliar, òg foreldrerolla.',
      'Long-term financial strain burdens families and can harm relationships within them. A research assignment is to map knowledge on opportunities and obstacles for children in low-income families, including the parental role.',
    ),
    reports: [
      report(
        2020,
        'completed',
        'Ferdig',
        BFD,
        t(
          'Levert som NOVA-rapport nr. 11/18, «Muligheter og hindringer for barn i lavinntektsfamilier. En kunnskapsoppsummering».',
          'Levert som NOVA-rapport nr. 11/18, «Muligheter og hindringer for barn i lavinntektsfamilier. En kunnskapsoppsummering».',
          'Delivered as NOVA report no. 11/18, "Muligheter og hindringer for barn i lavinntektsfamilier. En kunnskapsoppsummering".',
        ),
      ),
      report(
        2021,
        'completed',
        'Ferdig',
        BFD,
        t(
          'Levert som NOVA-rapport nr. 11/18 om muligheter og hindringer for barn i lavinntektsfamilier.',
          'Levert som NOVA-rapport nr. 11/18 om moglegheiter og hindringar for born i låginntektsfamiliar.',
          'Delivered as NOVA report no. 11/18 on opportunities and obstacles for children in low-income families.',
        ),
      ),
    ],
  }),
  measure({
    number: 29,
    focusArea: 6,
    title: t('Øke bruk av familieråd i familievernet', 'Auke bruken av familieråd i familievernet', 'Use family group conferences more in family counselling'),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Et prøveprosjekt med familieråd i familievernet, etter modell fra barnevernet, ga lovende resultater. I et familieråd bestemmer den utvidede familien selv hvilke tiltak barnet skal få, og gjennomfører mye av dem. Videre bruk skal vurderes.',
      'Eit prøveprosjekt med familieråd i familievernet, etter modell frå barnevernet, gav lovande resultat. I eit familieråd avgjer den utvida familien sjølv kva tiltak barnet skal få, og gjennomfører mykje av dei. Vidare bruk skal vurderast.',
      'A pilot of family group conferences in family counselling, modelled on child welfare, gave promising results. In a family group conference the extended family decides which measures the child gets and carries out much of them. Wider use is to be considered.',
    ),
    reports: [
      report(
        2020,
        'not-started',
        'Ikke påbegynt',
        BFD,
        t(
          'Det ble ikke gitt oppdrag i disponeringsbrevet for 2020 eller satt av penger til tiltaket. Familieråd regnes fortsatt som egnet i enkelte sammensatte saker der barn skal medvirke.',
          'Det vart ikkje gitt oppdrag i disponeringsbrevet for 2020 eller sett av pengar til tiltaket. Familieråd vert framleis rekna som eigna i somme samansette saker der born skal medverke.',
          'No assignment was given in the 2020 allocation letter and no money was set aside. Family group conferences are still seen as suitable in some complex cases where children take part.',
        ),
      ),
      report(
        2021,
        'deviation',
        'Avvik',
        BFD,
        t(
          'Disponeringsbrevet for 2021 ga region øst (400 000 kroner) og region nord (200 000 kroner) i oppdrag å ta i bruk familieråd. Bare ett familievernkontor i region nord er i gang. Region sør og vest har holdt flere familieråd i 2021 og melder om gode resultater.',
          'Disponeringsbrevet for 2021 gav region aust (400 000 kroner) og region nord (200 000 kroner) i oppdrag å ta i bruk familieråd. Berre eitt familievernkontor i region nord er i gang. Region sør og vest har halde fleire familieråd i 2021 og melder om gode resultat.',
          'The 2021 allocation letter tasked the eastern region (NOK 400,000) and the northern region (NOK 200,000) with using family group conferences. Only one family counselling office in the north has started. The southern and western regions held several conferences in 2021 and report good results.',
        ),
        {
          figures: [
            figure(400_000, 'kroner til region øst', 'kroner til region aust', 'NOK to the eastern region'),
            figure(200_000, 'kroner til region nord', 'kroner til region nord', 'NOK to the northern region'),
          ],
        },
      ),
    ],
  }),
  measure({
    number: 30,
    focusArea: 6,
    title: t(
      'Videreutvikle spisskompetansemiljøet for foreldrestøtte',
      'Vidareutvikle spisskompetansemiljøet for foreldrestøtte',
      'Develop the centre of expertise for parenting support',
    ),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Spisskompetansemiljøet i familievernet, etablert i 2017, skal utvikle erfaringsbasert kunnskap, bidra til kunnskapsbasert praksis, hjelpe Bufdir med faglige retningslinjer for familievernkontorene og forvalte ICDP.',
      'Spisskompetansemiljøet i familievernet, etablert i 2017, skal utvikle røynslebasert kunnskap, bidra til kunnskapsbasert praksis, hjelpe Bufdir med faglege retningsliner for familievernkontora og forvalte ICDP.',
      'The centre of expertise in family counselling, set up in 2017, is to build experience-based knowledge, support knowledge-based practice, help Bufdir with professional guidelines for family counselling offices and manage ICDP.',
    ),
    reports: [
      report(
        2020,
        'on-track',
        'I rute',
        BFD,
        t(
          'Miljøet har gjort oppgavene sine, innført samlivs- og foreldrestøttende tiltak i familievernet og kommunene og ført videre en treårig pilot for samarbeid mellom helsestasjon og familievern. Det koordinerer opplæring av ICDP-trenere og -veiledere, en ny ICDP-modul for foreldre til ungdom (jf. tiltak 10 og 18) og opplæringsprogrammet Tidlig Inn, og oppdaterer Godt samliv.',
          'Miljøet har gjort oppgåvene sine, innført samlivs- og foreldrestøttande tiltak i familievernet og kommunane og ført vidare ein treårig pilot for samarbeid mellom helsestasjon og familievern. Det koordinerer opplæring av ICDP-trenarar og -rettleiarar, ein ny ICDP-modul for foreldre til ungdom (jf. tiltak 10 og 18) og opplæringsprogrammet Tidlig Inn, og oppdaterer Godt samliv.',
          'The centre carried out its tasks, introduced relationship and parenting-support programmes in family counselling and municipalities, and continued a three-year pilot of cooperation between child health centres and family counselling. It coordinates training of ICDP trainers and facilitators, a new ICDP module for parents of teenagers (see measures 10 and 18) and the Tidlig Inn training, and is updating Godt samliv.',
        ),
      ),
      report(
        2021,
        'ongoing',
        'Pågånde',
        BFD,
        t(
          'Miljøet har gjort oppgavene sine etter disponeringsbrevet. ICDP-veiledningen for foreldre med ungdom ble ferdig, og en digital ICDP-«hub» er laget som støtte for implementering. Miljøet koordinerer Tidlig Inn, oppdaterer Godt samliv og har utviklet digitale veiledningstilbud som er tilgjengelige for foreldre i hele landet.',
          'Miljøet har gjort oppgåvene sine etter disponeringsbrevet. ICDP-rettleiinga for foreldre med ungdom vart ferdig, og ein digital ICDP-«hub» er laga som støtte for implementering. Miljøet koordinerer Tidlig Inn, oppdaterer Godt samliv og har utvikla digitale rettleiingstilbod som er tilgjengelege for foreldre i heile landet.',
          'The centre carried out its tasks under the allocation letter. ICDP guidance for parents of teenagers was completed, and a digital ICDP "hub" supports implementation. The centre coordinates Tidlig Inn, is updating Godt samliv and has developed digital guidance available to parents across the country.',
        ),
      ),
    ],
  }),
  measure({
    number: 31,
    focusArea: 6,
    title: t(
      'Heve kompetansen i utrednings- og hjelpetiltaksarbeid i barnevernet',
      'Heve kompetansen i utgreiings- og hjelpetiltaksarbeid i barnevernet',
      'Raise competence in assessment and support work in child welfare',
    ),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Kompetansestrategien for det kommunale barnevernet (til 2024) satser på videre- og etterutdanning. Tjenestestøtteprogrammet, et opplæringsprogram som RVTS Sør og RBUP Øst og Sør tilbyr barnevernstjenestene, skal nå alle kommuner i strategiperioden.',
      'Kompetansestrategien for det kommunale barnevernet (til 2024) satsar på vidare- og etterutdanning. Tjenestestøtteprogrammet, eit opplæringsprogram som RVTS Sør og RBUP Øst og Sør tilbyr barnevernstenestene, skal nå alle kommunar i strategiperioden.',
      'The competence strategy for municipal child welfare (until 2024) invests in further education. Tjenestestøtteprogrammet, a training programme that RVTS Sør and RBUP Øst og Sør offer child welfare services, is to reach every municipality during the strategy period.',
    ),
    reports: [
      report(
        2020,
        'delayed',
        'Forsinket',
        BFD,
        t(
          '2020 var preget av pandemien. Det var aktivitet i alle klyngene, men ingen klarte å fullføre hele forløpet i løpet av året, og mye ble utsatt til 2021. Store deler av programmet skal tilpasses digital gjennomføring.',
          '2020 var prega av pandemien. Det var aktivitet i alle klyngene, men ingen klarte å fullføre heile forløpet i løpet av året, og mykje vart utsett til 2021. Store delar av programmet skal tilpassast digital gjennomføring.',
          '2020 was shaped by the pandemic. All clusters were active, but none completed the full course within the year, and much was postponed to 2021. Large parts of the programme are to be adapted for digital delivery.',
        ),
      ),
      report(
        2021,
        'delayed',
        'Forsinket',
        BFD,
        t(
          'Smittevern preget klyngene også i 2021, og noen fullfører først i 2022. Ved utgangen av 2021 er programmet gjennomført for 230 kommuner og 180 tjenester, og flere statsforvaltere melder om bedre kvalitet i tjenestene etterpå.',
          'Smittevern prega klyngene òg i 2021, og nokre fullfører først i 2022. Ved utgangen av 2021 er programmet gjennomført for 230 kommunar og 180 tenester, og fleire statsforvaltarar melder om betre kvalitet i tenestene etterpå.',
          'Infection control shaped the clusters in 2021 too, and some will only finish in 2022. By the end of 2021 the programme had been completed for 230 municipalities and 180 services, and several county governors report better quality in the services afterwards.',
        ),
        {
          figures: [
            figure(230, 'kommuner har gjennomført programmet', 'kommunar har gjennomført programmet', 'municipalities have completed the programme'),
            figure(180, 'tjenester har gjennomført programmet', 'tenester har gjennomført programmet', 'services have completed the programme'),
          ],
        },
      ),
    ],
  }),
  measure({
    number: 32,
    focusArea: 6,
    title: t(
      'Utvikle nasjonal plan for hjelpetiltak i barnevernet',
      'Utvikle nasjonal plan for hjelpetiltak i barnevernet',
      'Develop a national plan for support measures in child welfare',
    ),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Mange kommuner mangler hjelpetiltakene som trengs for utsatte barn og familier. Foreldrestøtte, som foreldreveiledning i gruppe eller individuelt, er en viktig del av barnevernets hjelpetiltak.',
      'Mange kommunar manglar hjelpetiltaka som trengst for utsette born og familiar. Foreldrestøtte, som foreldrerettleiing i gruppe eller individuelt, er ein viktig del av hjelpetiltaka i barnevernet.',
      'Many municipalities lack the support measures vulnerable children and families need. Parenting support, such as group or individual parenting guidance, is an important part of child welfare support.',
    ),
    reports: [
      report(
        2020,
        'on-track',
        'I rute',
        BFD,
        t(
          'Bufdir har avtale med NUBU, som sammen med RBUP Øst og Sør og RKBU Vest utvikler en grunnmodell for hjelpetiltak. Ti barnevernstjenester i fire geografiske klynger er valgt ut til å prøve den, og brukere er med i samskapingen. Smittevern utsatte oppstarten.',
          'Bufdir har avtale med NUBU, som saman med RBUP Øst og Sør og RKBU Vest utviklar ein grunnmodell for hjelpetiltak. Ti barnevernstenester i fire geografiske klynger er valde ut til å prøve han, og brukarar er med i samskapinga. Smittevern utsette oppstarten.',
          'Bufdir has an agreement with NUBU, which with RBUP Øst og Sør and RKBU Vest is developing a basic model for support measures. Ten child welfare services in four geographical clusters were chosen to trial it, and service users take part in co-creation. Infection control delayed the start.',
        ),
        { figures: [figure(10, 'barnevernstjenester prøver modellen', 'barnevernstenester prøver modellen', 'child welfare services trial the model')] },
      ),
      report(
        2021,
        'on-track',
        'I rute, pågående',
        BFD,
        t(
          'Grunnmodellen for hjelpetiltak er halvveis i utprøvingen. Prioriterte målgrupper er familier med barn mellom 4 og 12 år og ungdom og unge voksne i ettervern. Den interne evalueringen tyder så langt på at både brukere og ansatte opplever modellen som god.',
          'Grunnmodellen for hjelpetiltak er halvvegs i utprøvinga. Prioriterte målgrupper er familiar med born mellom 4 og 12 år og ungdom og unge vaksne i ettervern. Den interne evalueringa tyder så langt på at både brukarar og tilsette opplever modellen som god.',
          'The basic model for support measures is halfway through its trial. Priority groups are families with children aged 4 to 12 and young people in aftercare. The internal evaluation so far suggests that both users and staff find the model good.',
        ),
      ),
    ],
  }),
  measure({
    number: 33,
    focusArea: 6,
    title: t('Øke bruken av ICDP i krisesentre', 'Auke bruken av ICDP i krisesenter', 'Use ICDP more in crisis centres'),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Bufdir skal fortsette arbeidet med å spre ICDP på krisesentrene.',
      'Bufdir skal halde fram arbeidet med å spreie ICDP på krisesentera.',
      'Bufdir is to continue spreading ICDP in crisis centres.',
    ),
    reports: [
      report(
        2020,
        'on-track',
        'I rute',
        BFD,
        t(
          'Spisskompetansemiljøet for foreldrestøtte har to strategier: en årlig veilederopplæring i ICDP for ansatte på krisesentre (digitalt fra januar 2021) og å holde ved like implementeringen som har pågått siden 2016, med et eget forum for veiledere.',
          'Spisskompetansemiljøet for foreldrestøtte har to strategiar: ei årleg rettleiaropplæring i ICDP for tilsette på krisesenter (digitalt frå januar 2021) og å halde ved lag implementeringa som har gått føre seg sidan 2016, med eit eige forum for rettleiarar.',
          'The centre of expertise for parenting support has two strategies: yearly ICDP facilitator training for crisis-centre staff (online from January 2021) and maintaining the implementation under way since 2016, with a forum for facilitators.',
        ),
      ),
      report(
        2021,
        'on-track',
        'I rute',
        BFD,
        t(
          'Digital veilederopplæring i 2021 hadde 13 deltakere som fullførte alle seks opplæringsdagene og to veiledningsdager; 12 kandidater er i sluttfasen av sertifiseringen. En strategi for å holde kompetansen ved like er laget.',
          'Digital rettleiaropplæring i 2021 hadde 13 deltakarar som fullførte alle seks opplæringsdagane og to rettleiingsdagar; 12 kandidatar er i sluttfasen av sertifiseringa. Ein strategi for å halde kompetansen ved lag er laga.',
          'Online facilitator training in 2021 had 13 participants who completed all six training days and two supervision days; 12 candidates are in the final stage of certification. A strategy to maintain the competence is in place.',
        ),
        {
          figures: [
            figure(13, 'deltakere i veilederopplæringen', 'deltakarar i rettleiaropplæringa', 'participants in facilitator training'),
            figure(12, 'kandidater i sluttfasen av sertifiseringen', 'kandidatar i sluttfasen av sertifiseringa', 'candidates close to certification'),
          ],
        },
      ),
    ],
  }),
  measure({
    number: 34,
    focusArea: 6,
    title: t('Øke tilbud om “Bryt voldsarven” (ATV)', 'Auke tilbodet om «Bryt voldsarven» (ATV)', 'Offer "Bryt voldsarven" (ATV) more widely'),
    titleOfficial: true,
    responsible: ['bfd'],
    summary: t(
      'Bryt voldsarven er kurs for vordende foreldre som selv vokste opp med vold, og som vil at egne barn ikke skal oppleve det samme. Kurset tilbys ved enkelte ATV-kontorer, og departementet vil bidra til at det spres og blir tilgjengelig for flere yrkesgrupper.',
      'Bryt voldsarven er kurs for vordande foreldre som sjølve voks opp med vald, og som vil at eigne born ikkje skal oppleve det same. Kurset vert tilbode ved somme ATV-kontor, og departementet vil bidra til at det vert spreidd og tilgjengeleg for fleire yrkesgrupper.',
      '"Bryt voldsarven" ("Break the legacy of violence") is a course for expectant parents who grew up with violence and want to spare their own children. It is offered at some ATV offices, and the ministry will help spread it and make it available to more professions.',
    ),
    reports: [
      report(
        2020,
        'on-track',
        'I rute',
        BFD,
        t(
          'ATV laget i 2019 en fireårig plan for nasjonal spredning. I 2020 fikk ATV 1 million kroner til å spre kurset og lære opp nye kursledere, og midlene videreføres i budsjettforslaget for 2021.',
          'ATV laga i 2019 ein fireårig plan for nasjonal spreiing. I 2020 fekk ATV 1 million kroner til å spreie kurset og lære opp nye kursleiarar, og midlane vert vidareførte i budsjettforslaget for 2021.',
          'In 2019 ATV made a four-year plan for national roll-out. In 2020 ATV received NOK 1 million to spread the course and train new course leaders, and the funding continues in the 2021 budget proposal.',
        ),
        { figures: [figure(1, 'million kroner til spredning i 2020', 'million kroner til spreiing i 2020', 'million NOK for roll-out in 2020')] },
      ),
      report(
        2021,
        'on-track',
        'I rute',
        BFD,
        t(
          'Pandemien stanset det meste av kursvirksomheten, men en ny veileder for kursledere ble laget, og to masterstudenter skal evaluere kurset. Høsten 2021 kom kursene i gang igjen, og de tilbys nå blant annet i Trondheim, Bodø, Sandnes og Sortland og ved flere ATV-kontorer.',
          'Pandemien stogga det meste av kursverksemda, men ein ny rettleiar for kursleiarar vart laga, og to masterstudentar skal evaluere kurset. Hausten 2021 kom kursa i gang att, og dei vert no tilbodne mellom anna i Trondheim, Bodø, Sandnes og Sortland og ved fleire ATV-kontor.',
          'The pandemic stopped most courses, but a new guide for course leaders was written, and two master’s students will evaluate the course. Courses resumed in autumn 2021 and are now offered in Trondheim, Bodø, Sandnes and Sortland, among other places, and at several ATV offices.',
        ),
      ),
    ],
  }),
];
