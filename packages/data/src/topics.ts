// Concerns families search for, with the everyday words they use for them. A topic is only a vocabulary: which
// programme addresses it is said in programmes.ts, from that programme's own sources. Words are in bokmål, nynorsk and
// English, singular and plural where people type both; the search also folds æ/ø/å, stems and forgives typos.
import type { Topic } from '@foreldrestotte/sdk';
import { t } from './text.js';

export const topics: Topic[] = [
  {
    id: 'behaviour',
    name: t('Atferdsproblemer', 'Åtferdsproblem', 'Behaviour problems'),
    words: [
      'atferd', 'atferdsproblemer', 'atferdsvansker', 'problematferd', 'oppførsel', 'sinne', 'sint', 'raseri', 'raserianfall',
      'trass', 'trassalder', 'slår', 'slåss', 'biter', 'utagering', 'utagerende', 'aggresjon', 'aggressiv', 'grensesetting',
      'grenser', 'regler', 'ulydig', 'krangel', 'konflikter', 'bråk',
      'åtferd', 'åtferdsproblem', 'åtferdsvanskar', 'oppførsel', 'sinne', 'trassig', 'grensesetjing', 'reglar', 'konfliktar',
      'behaviour', 'behavior', 'behaviour problems', 'conduct problems', 'tantrums', 'anger', 'angry', 'aggression',
      'hitting', 'defiance', 'defiant', 'discipline', 'limits', 'rules', 'acting out',
    ],
  },
  {
    id: 'emotions',
    name: t('Følelser', 'Kjensler', 'Emotions'),
    words: [
      'følelser', 'følelse', 'følelsesveiledning', 'følelsesregulering', 'emosjoner', 'emosjonell', 'sinne', 'tristhet',
      'trist', 'redd', 'frykt', 'bekymret', 'lei seg', 'gråter', 'regulering',
      'kjensler', 'kjensle', 'kjenslerettleiing', 'kjenslemessig', 'sinne', 'lei seg', 'redsle', 'gret',
      'emotions', 'feelings', 'emotion coaching', 'emotional', 'sadness', 'sad', 'fear', 'worry', 'anger', 'crying',
    ],
  },
  {
    id: 'attachment',
    name: t('Tilknytning og trygghet', 'Tilknyting og tryggleik', 'Attachment and security'),
    words: [
      'tilknytning', 'trygghet', 'trygg', 'trygge', 'nærhet', 'kontakt', 'klengete', 'separasjonsangst',
      'tilknyting', 'tryggleik', 'nærleik',
      'attachment', 'security', 'secure', 'bonding', 'closeness', 'clingy',
    ],
  },
  {
    id: 'interaction',
    name: t('Samspill mellom foreldre og barn', 'Samspel mellom foreldre og born', 'Parent–child interaction'),
    words: [
      'samspill', 'samspillsvansker', 'samvær', 'relasjon', 'kommunikasjon', 'lek', 'leke', 'dialog', 'ros', 'oppmerksomhet',
      'samspel', 'samspelsvanskar', 'samvær', 'merksemd',
      'interaction', 'communication', 'play', 'praise', 'attention',
    ],
  },
  {
    id: 'everyday-parenting',
    name: t('Hverdagen som forelder', 'Kvardagen som forelder', 'Everyday parenting'),
    words: [
      'oppdragelse', 'foreldrerollen', 'foreldreskap', 'foreldrekurs', 'foreldreveiledning', 'råd', 'tips', 'hverdag',
      'rutiner', 'mestring', 'usikker',
      'oppseding', 'foreldrerolla', 'foreldrerettleiing', 'kvardag', 'meistring',
      'parenting', 'parenting course', 'parenting class', 'advice', 'tips', 'everyday', 'routines',
    ],
  },
  {
    id: 'couple',
    name: t('Samliv og parforhold', 'Samliv og parforhold', 'Couple relationship'),
    words: [
      'samliv', 'parforhold', 'par', 'parkurs', 'kjæreste', 'ektefelle', 'samboer', 'krangling', 'samlivskurs',
      'samlivsproblemer', 'sambuar', 'ektefelle', 'samlivsproblem',
      'couple', 'couples', 'relationship', 'partner', 'marriage', 'spouse',
    ],
  },
  {
    id: 'violence',
    name: t('Vold', 'Vald', 'Violence'),
    words: [
      'vold', 'voldsarv', 'familievold', 'vold i nære relasjoner', 'mishandling', 'overgrep', 'slag', 'juling', 'trusler',
      'vald', 'valdsarv', 'familievald', 'vald i nære relasjonar',
      'violence', 'domestic violence', 'abuse', 'family violence', 'intimate partner violence',
    ],
  },
  {
    id: 'prison',
    name: t('Foreldre i fengsel', 'Foreldre i fengsel', 'Parents in prison'),
    words: [
      'fengsel', 'fengsler', 'soning', 'soner', 'innsatt', 'innsatte', 'straff', 'samfunnsstraff', 'fotlenke',
      'kriminalomsorgen', 'prøveløslatelse',
      'fengsla', 'soning', 'innsette',
      'prison', 'jail', 'incarcerated', 'inmate', 'prisoner', 'sentence', 'probation',
    ],
  },
  {
    id: 'minority-refugee',
    name: t('Minoritets- og flyktningfamilier', 'Minoritets- og flyktningfamiliar', 'Minority and refugee families'),
    words: [
      'minoritet', 'minoritetsforeldre', 'innvandrer', 'innvandrere', 'flyktning', 'flyktninger', 'asyl', 'asylmottak',
      'asylsøker', 'asylsøkere', 'introduksjonsprogrammet', 'nyankommet', 'flerkulturell', 'ny i norge',
      'innvandrar', 'innvandrarar', 'flyktningar', 'asylsøkjar', 'asylsøkjarar', 'fleirkulturell',
      'minority', 'immigrant', 'immigrants', 'refugee', 'refugees', 'asylum', 'newcomer', 'multicultural', 'new in norway',
    ],
  },
  {
    id: 'pregnancy-newborn',
    name: t('Graviditet og de første årene', 'Graviditet og dei første åra', 'Pregnancy and the first years'),
    words: [
      'gravid', 'gravide', 'graviditet', 'svangerskap', 'vordende', 'baby', 'babyer', 'spedbarn', 'nyfødt',
      'førstegangsforeldre', 'førstegangsgravid', 'fødsel', 'småbarn', 'termin', 'barsel', 'barseltid', 'nybakt',
      'nybakte', 'nyfødd', 'spedborn', 'småborn',
      'pregnant', 'pregnancy', 'expecting', 'baby', 'infant', 'newborn', 'first-time parents', 'new parents',
      'postpartum', 'birth', 'toddler',
    ],
  },
  {
    id: 'teenagers',
    name: t('Tenåringer', 'Tenåringar', 'Teenagers'),
    words: [
      'tenåring', 'tenåringer', 'ungdom', 'ungdommer', 'ungdomsskole', 'pubertet', 'tenåringsforeldre',
      'tenåringar', 'ungdomar', 'ungdomsskule',
      'teenager', 'teenagers', 'teen', 'teens', 'adolescent', 'youth', 'puberty',
    ],
  },
  {
    id: 'adhd-diagnoses',
    name: t('ADHD og andre diagnoser', 'ADHD og andre diagnosar', 'ADHD and other diagnoses'),
    words: [
      'adhd', 'add', 'diagnose', 'diagnoser', 'hyperaktiv', 'uro', 'urolig', 'konsentrasjon', 'konsentrasjonsvansker',
      'diagnosar', 'uroleg', 'konsentrasjonsvanskar',
      'diagnosis', 'diagnoses', 'hyperactive', 'restless', 'attention deficit',
    ],
  },
  {
    id: 'mental-health-substance',
    name: t('Psykisk helse og rus', 'Psykisk helse og rus', 'Mental health and substance use'),
    words: [
      'psykisk helse', 'psykiske vansker', 'depresjon', 'angst', 'fødselsdepresjon', 'rus', 'rusmisbruk',
      'rusproblemer', 'rusavhengighet', 'alkohol', 'narkotika',
      'psykiske vanskar', 'rusproblem', 'rusavhengnad',
      'mental health', 'depression', 'anxiety', 'postnatal depression', 'substance use', 'alcohol', 'drugs', 'addiction',
    ],
  },
  {
    id: 'practical-support',
    name: t('Praktisk støtte og avlastning', 'Praktisk støtte og avlasting', 'Practical support and respite'),
    words: [
      'avlastning', 'praktisk hjelp', 'hjelp hjemme', 'ensom', 'nettverk', 'sliten', 'utslitt', 'besøk', 'hjemmebesøk',
      'frivillig', 'støtte',
      'avlasting', 'heimebesøk', 'einsam',
      'respite', 'practical help', 'help at home', 'lonely', 'support', 'home visits', 'volunteer', 'exhausted',
    ],
  },
];
