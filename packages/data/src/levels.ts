// Prevention levels, arenas and the three routes of help, from Bufdir's "Hva er foreldrestøtte?" (seed 004).
import type { Arena, PreventionLevel, RoutesOfHelp, Source } from '@foreldrestotte/sdk';
import { whatIsParentingSupport } from './sources.js';
import { t } from './text.js';

const definitions: Source = {
  title: 'Bufdir: Hva er foreldrestøtte? (nivådefinisjoner)',
  url: 'https://www.bufdir.no/fagstotte/barnevern-oppvekst/foreldrestotte/hva-er-foreldrestotte2/',
};

export const preventionLevels: PreventionLevel[] = [
  {
    id: 'universal',
    name: t('Universelt nivå', 'Universelt nivå', 'Universal level'),
    definition: t(
      'Tiltak for alle foreldre. De kan nå mange mennesker og komme hele befolkningen til gode.',
      'Tiltak for alle foreldre. Dei kan nå mange menneske og kome heile befolkninga til gode.',
      'Support for all parents. It can reach many people and benefit the whole population.',
    ),
    forWhom: t('Alle foreldre.', 'Alle foreldre.', 'All parents.'),
    typicalForms: [
      t('Gruppetilbud som alle foreldre kan delta i', 'Gruppetilbod som alle foreldre kan vere med i', 'Groups any parent can join'),
      t(
        'Informasjons- og undervisningsmateriell, for eksempel brosjyrer, videoer og stoff på nett',
        'Informasjons- og undervisingsmateriell, til dømes brosjyrar, videoar og stoff på nett',
        'Information and teaching material, such as leaflets, videos and online material',
      ),
    ],
    exampleProblemAreas: [],
    sources: [whatIsParentingSupport, definitions],
  },
  {
    id: 'selective',
    name: t('Selektivt nivå', 'Selektivt nivå', 'Selective level'),
    definition: t(
      'Tiltak for familier der barna er i risiko for en uheldig utvikling. Risikofaktorene kan ligge i miljøet eller hos den enkelte.',
      'Tiltak for familiar der borna er i risiko for ei uheldig utvikling. Risikofaktorane kan liggje i miljøet eller hos den einskilde.',
      'Support for families whose children are at risk of poor development. The risk factors may lie in the environment or in the individual.',
    ),
    forWhom: t(
      'Foreldre som strever, eller som har problemer som kan bli alvorligere.',
      'Foreldre som strevar, eller som har problem som kan bli alvorlegare.',
      'Parents who are struggling, or whose problems may become more serious.',
    ),
    typicalForms: [
      t(
        'Tiltak rettet mot grupper som lever med risikofaktorer',
        'Tiltak retta mot grupper som lever med risikofaktorar',
        'Support aimed at groups living with risk factors',
      ),
    ],
    exampleProblemAreas: [
      t('Sosiale vansker', 'Sosiale vanskar', 'Social difficulties'),
      t('Atferdsvansker', 'Åtferdsvanskar', 'Behavioural difficulties'),
      t('Andre psykiske vansker', 'Andre psykiske vanskar', 'Other mental-health difficulties'),
      t('Fare for omsorgssvikt', 'Fare for omsorgssvikt', 'Risk of neglect'),
    ],
    sources: [whatIsParentingSupport, definitions],
  },
  {
    id: 'indicated',
    name: t('Indikativt nivå', 'Indikativt nivå', 'Indicated level'),
    definition: t(
      'Tiltak for barn og foreldre der risikofaktorer er observert og har vart over tid. Brukes ofte om det samme som behandlingstiltak.',
      'Tiltak for born og foreldre der risikofaktorar er observerte og har vart over tid. Vert ofte brukt om det same som behandlingstiltak.',
      'Support for children and parents where risk factors have been observed and have lasted over time. Often used to mean the same as treatment.',
    ),
    forWhom: t(
      'Foreldre med større og mer langvarige problemer, for eksempel der barnet har nedsatt funksjonsevne eller kronisk sykdom, der det er stor risiko for uheldig utvikling, eller der barnet allerede har mange symptomer og situasjonen ikke har bedret seg.',
      'Foreldre med større og meir langvarige problem, til dømes der barnet har nedsett funksjonsevne eller kronisk sjukdom, der det er stor risiko for uheldig utvikling, eller der barnet alt har mange symptom og situasjonen ikkje har betra seg.',
      'Parents with larger and longer-lasting problems, for example where the child has a disability or chronic illness, where the risk of poor development is high, or where the child already has many symptoms and the situation has not improved.',
    ),
    typicalForms: [
      t('Behandlingstiltak', 'Behandlingstiltak', 'Treatment'),
      t(
        'Tiltak for familier med sammensatte utfordringer',
        'Tiltak for familiar med samansette utfordringar',
        'Support for families facing several challenges at once',
      ),
    ],
    exampleProblemAreas: [
      t('Atferdsproblemer', 'Åtferdsproblem', 'Behaviour problems'),
      t('Rus', 'Rus', 'Substance use'),
      t('Psykisk helse', 'Psykisk helse', 'Mental health'),
      t('Vold', 'Vald', 'Violence'),
      t('Overgrep', 'Overgrep', 'Abuse'),
      t('Omsorgssvikt', 'Omsorgssvikt', 'Neglect'),
    ],
    sources: [whatIsParentingSupport, definitions],
  },
];

function arena(id: string, sourceLabel: string, nb: string, nn: string, en: string): Arena {
  return { id, name: t(nb, nn, en), sourceLabel, source: whatIsParentingSupport };
}

// "Eksempler på arenaer der det tilbys foreldrestøtte", in the seed's order.
export const arenas: Arena[] = [
  arena('barnehage-skole', 'barnehage og skole', 'Barnehage og skole', 'Barnehage og skule', 'Kindergarten and school'),
  arena('fritid', 'fritidsaktiviteter', 'Fritidsaktiviteter', 'Fritidsaktivitetar', 'Leisure activities'),
  arena('frivillig-sektor', 'frivillig sektor', 'Frivillig sektor', 'Frivillig sektor', 'Voluntary sector'),
  arena(
    'helsestasjon',
    'helsestasjon- og skolehelsetjeneste',
    'Helsestasjon og skolehelsetjeneste',
    'Helsestasjon og skulehelseteneste',
    'Child health centres and school health services',
  ),
  arena('barnevern', 'barnevernet', 'Barnevernet', 'Barnevernet', 'Child welfare services'),
  arena('familievern', 'familievernet', 'Familievernet', 'Familievernet', 'Family counselling service'),
  arena('sosialtjeneste', 'sosialtjenesten', 'Sosialtjenesten', 'Sosialtenesta', 'Social services'),
  arena('flyktningtjeneste', 'flykningstjenesten', 'Flyktningtjenesten', 'Flyktningtenesta', 'Refugee services'),
  arena(
    'bup',
    'barne- og ungdomspsykiatrien (BUP)',
    'Barne- og ungdomspsykiatrien (BUP)',
    'Barne- og ungdomspsykiatrien (BUP)',
    'Child and adolescent mental health services (BUP)',
  ),
  arena('fengsel', 'fengsel og kriminalomsorg', 'Fengsel og kriminalomsorg', 'Fengsel og kriminalomsorg', 'Prisons and correctional services'),
  arena('trossamfunn', 'trossamfunn', 'Trossamfunn', 'Trussamfunn', 'Faith communities'),
];

export const routesOfHelp: RoutesOfHelp = {
  example: t(
    'Ole (9) har ADHD. Han kan få et tilbud selv, foreldrene kan få veiledning, og skolen kan få støtte til å møte behovene hans.',
    'Ole (9) har ADHD. Han kan få eit tilbod sjølv, foreldra kan få rettleiing, og skulen kan få støtte til å møte behova hans.',
    'Ole (9) has ADHD. He can get help himself, his parents can get guidance, and his school can get support to meet his needs.',
  ),
  routes: [
    {
      id: 'child',
      name: t('Tilbud rettet mot barnet', 'Tilbod retta mot barnet', 'Help for the child'),
      description: t(
        'Tilbud, tiltak og programmer som gis direkte til barnet, på universelt, selektivt eller indikativt nivå.',
        'Tilbod, tiltak og program som vert gitt direkte til barnet, på universelt, selektivt eller indikativt nivå.',
        'Services and programmes given directly to the child, at the universal, selective or indicated level.',
      ),
      example: t('Ole får et tilbud selv.', 'Ole får eit tilbod sjølv.', 'Ole gets help himself.'),
    },
    {
      id: 'parents',
      name: t('Tilbud rettet mot foreldrene', 'Tilbod retta mot foreldra', 'Help for the parents'),
      description: t(
        'Foreldrestøtte: tilbud som gis direkte til foreldrene eller den som har omsorgen.',
        'Foreldrestøtte: tilbod som vert gitt direkte til foreldra eller den som har omsorga.',
        'Parenting support: help given directly to the parents or whoever cares for the child.',
      ),
      example: t('Foreldrene til Ole får veiledning.', 'Foreldra til Ole får rettleiing.', "Ole's parents get guidance."),
    },
    {
      id: 'systems',
      name: t('Tilbud rettet mot systemer og fagpersoner', 'Tilbod retta mot system og fagpersonar', 'Help for systems and professionals'),
      description: t(
        'Programmer og modeller for godt samarbeid mellom tjenester, som BTI og Tidlig Inn, og kompetanseheving for ansatte, for eksempel gjennom KoRus, RVTS, R-BUP og NKVTS.',
        'Program og modellar for godt samarbeid mellom tenester, som BTI og Tidlig Inn, og kompetanseheving for tilsette, til dømes gjennom KoRus, RVTS, R-BUP og NKVTS.',
        'Programmes and models for good cooperation between services, such as BTI and Tidlig Inn, and training for staff, for example through KoRus, RVTS, R-BUP and NKVTS.',
      ),
      example: t(
        'Skolen får støtte til å møte behovene til Ole.',
        'Skulen får støtte til å møte behova til Ole.',
        "Ole's school gets support to meet his needs.",
      ),
    },
  ],
  source: whatIsParentingSupport,
};
