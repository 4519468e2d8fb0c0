import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validateOffers } from '@foreldrestotte/sdk';
import { readAge, readDate, readPrice, run, languageTag } from '@foreldrestotte/cli';

const bin = fileURLToPath(new URL('../bin/foreldrestotte.js', import.meta.url));

/** Runs the command in `dir` and gives what it printed and its exit code. */
async function cli(dir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: dir });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), lines: out.join('\n').split('\n').filter(Boolean) };
}

const folder = () => mkdtempSync(join(tmpdir(), 'foreldrestotte-cli-'));

/** Bytes as Excel's "CSV (semikolonseparert)" writes them: Windows-1252, `;`, CRLF. */
function excel(rows: string[]): Buffer {
  const text = `${rows.join('\r\n')}\r\n`;
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Every character these rows use is in Latin-1, which Windows-1252 extends; "–" is 0x96 in Windows-1252.
    bytes[i] = code === 0x2013 ? 0x96 : code;
  }
  return bytes;
}

const EXCEL_HEADER =
  'Tittel;Program;Arrangør;Arrangørtype;Kommune;Adresse;Postnummer;Startdato;Sluttdato;Tidspunkt;Språk;Alder;Pris;Påmelding;Telefon;Beskrivelse';

describe('foreldrestotte offers template', () => {
  it('prints a CSV header and an example row that the check accepts, in each language', async () => {
    for (const lang of ['nb', 'nn', 'en']) {
      const dir = folder();
      const { code, stdout } = await cli(dir, 'offers', 'template', '--lang', lang);
      expect(code).to.equal(0);
      const [header, example] = stdout.replace(/^\uFEFF/, '').split('\r\n');
      expect(header?.split(';')).to.include(lang === 'en' ? 'title' : 'tittel');
      expect(example?.split(';').length).to.equal(header?.split(';').length);
      writeFileSync(join(dir, 'tilbud.csv'), stdout);
      expect((await cli(dir, 'offers', 'check', 'tilbud.csv', '--lang', lang)).code, lang).to.equal(0);
    }
  });
});

describe('foreldrestotte offers check', () => {
  it('reads an Excel export (Windows-1252, semicolons, a quoted line break) and names each problem by line and column', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'kurs.csv'),
      excel([
        EXCEL_HEADER,
        'Foreldrekurs våren;ICDP;Bodø kommune;kommune;Bodø;Storgata 1;8006;12.01.2027;23.03.2027;Tirsdager 18–20;norsk, arabisk;3–12;250 kr;kurs@bodo.kommune.no;75 55 50 00;"To linjer\r\nmed tekst"',
        'Tenåringskurs;Ukjent program;Bodø kommune;kommune;Bodø;;;31.02.2027;;;somali;0 til 5;gratis;;;',
        'COS-P-gruppe;COS-P;Bodø kommune;kommune;Bodoo;;;;;;klingon;;;;;',
      ]),
    );
    const { code, lines, stderr } = await cli(dir, 'offers', 'check', 'kurs.csv');
    expect(code).to.equal(1);
    expect(lines).to.deep.equal([
      'kurs.csv:4: Program: «Ukjent program» er ikke et program i katalogen (skriv id, forkortelse eller navn, for eksempel ICDP)',
      'kurs.csv:4: Startdato: «31.02.2027» er ikke en dato (skriv 12.01.2027 eller 2027-01-12)',
      'kurs.csv:5: Kommune: «Bodoo» er ikke en kommune (skriv kommunenummer eller navn, for eksempel 1804 eller Bodø, eller «nett»)',
      'kurs.csv:5: Språk: «klingon» er ikke et språk (skriv for eksempel «norsk, arabisk» eller «nb, ar»)',
      'kurs.csv:5: Pris: mangler, men må fylles ut',
    ]);
    expect(stderr).to.equal('kurs.csv: 5 feil i 2 av 3 tilbud');
  });

  it('reads a Google Sheets export (UTF-8 with a BOM, commas, English headers) and answers in nynorsk or English', async () => {
    const dir = folder();
    const rows = [
      'Title,Programme,Provider,Provider type,Municipality,Start date,Languages,Age,Price,Sign-up,Status,Referral required,Interpreter,Attendance',
      '"Parent group, spring",De utrolige årene,Tråante frivilligsentral,frivillig,Tråante,2027-02-01,"Arabic, Somali",3-8,free,https://example.org/pamelding,venteliste,nei,ja,begge',
      'Foreldrekafé,,Eksempelforeningen,ngo,online,,English,,0,,maybe,,,',
    ];
    writeFileSync(join(dir, 'sheets.csv'), `\uFEFF${rows.join('\n')}\n`);
    const nn = await cli(dir, 'offers', 'check', 'sheets.csv', '--lang', 'nn');
    expect(nn.code).to.equal(1);
    expect(nn.lines).to.deep.equal(['sheets.csv:3: Status: «maybe» er ikkje eitt av vala: åpen, fullt, venteliste, avlyst']);
    const en = await cli(dir, 'offers', 'check', 'sheets.csv', '--lang', 'en');
    expect(en.lines).to.deep.equal(['sheets.csv:3: Status: “maybe” is not one of: åpen, fullt, venteliste, avlyst']);
  });

  it('places the problems of a JSON offers file on the line of the field', async () => {
    const dir = folder();
    const offer = { id: 'a', title: { nb: 'Kurs' }, provider: { name: 'X', kind: 'ngo' }, municipality: '1804', languages: ['nb'], price: { free: true } };
    const text = JSON.stringify(
      { offers: [offer, { ...offer, id: 'b', startDate: '12.01.2027', provider: { name: ' ', kind: 'ngo' } }, offer, { ...offer, id: 'd', price: undefined }] },
      null,
      2,
    );
    writeFileSync(join(dir, 'tilbud.json'), text);
    const { code, lines } = await cli(dir, 'offers', 'check', 'tilbud.json', '--lang', 'en');
    expect(code).to.equal(1);
    const lineOf = (needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;
    expect(lines).to.deep.equal([
      `tilbud.json:${lineOf('"name": " "')}: provider.name: is blank`,
      `tilbud.json:${lineOf('12.01.2027')}: startDate: “12.01.2027” is not a date written YYYY-MM-DD (e.g. 2027-01-12)`,
      `tilbud.json:${lineOf('"id": "a"', text.indexOf('"id": "b"'))}: id: the id “a” is used before, on line ${lineOf('"id": "a"') - 1}`,
      `tilbud.json:${lineOf('"id": "d"') - 1}: price: is missing but required`,
    ]);
  });

  it('warns of a kommunenummer the register does not hold, and still passes', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'k.csv'), 'tittel;arrangør;arrangørtype;kommune;språk;pris\nKurs;X;frivillig;9999;norsk;gratis\n');
    const { code, lines } = await cli(dir, 'offers', 'check', 'k.csv');
    expect(code).to.equal(0);
    expect(lines).to.deep.equal(['k.csv:2: kommune: advarsel: kommunenummeret 9999 finnes ikke i kommuneregisteret']);
  });

  it('says what a file without the required columns lacks', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'k.csv'), 'tittel;kommune\nKurs;Bodø\n');
    const { code, lines } = await cli(dir, 'offers', 'check', 'k.csv');
    expect(code).to.equal(1);
    expect(lines.filter((line) => line.startsWith('k.csv:1:'))).to.deep.equal([
      'k.csv:1: arrangør: kolonnen mangler, men må være med',
      'k.csv:1: arrangørtype: kolonnen mangler, men må være med',
      'k.csv:1: språk: kolonnen mangler, men må være med',
      'k.csv:1: pris: kolonnen mangler, men må være med',
    ]);
  });

  it('checks a 10 000-row file', async () => {
    const dir = folder();
    const rows = ['tittel;program;arrangør;arrangørtype;kommune;startdato;språk;alder;pris'];
    for (let i = 0; i < 10_000; i += 1)
      rows.push(
        `Kurs ${i};ICDP;Kommune ${i % 50};kommune;${['Bodø', '0301', 'Tråante', 'Guovdageaidnu'][i % 4]};${(i % 28) + 1}.0${(i % 9) + 1}.2027;norsk;0-5;${i % 3 ? 'gratis' : '200'}`,
      );
    rows[5001] = 'Kurs galt;ICDP;Kommune;kommune;Atlantis;01.01.2027;norsk;0-5;gratis';
    writeFileSync(join(dir, 'stor.csv'), rows.join('\r\n'));
    const { code, lines } = await cli(dir, 'offers', 'check', 'stor.csv');
    expect(code).to.equal(1);
    expect(lines).to.deep.equal([
      'stor.csv:5002: kommune: «Atlantis» er ikke en kommune (skriv kommunenummer eller navn, for eksempel 1804 eller Bodø, eller «nett»)',
    ]);
  });
});

describe('foreldrestotte offers convert', () => {
  const rows = [
    'tittel;program;arrangør;arrangørtype;kommune;også for kommuner;startdato;påmeldingsfrist;språk;alder;pris;påmelding;telefon',
    'ICDP-gruppe;icdp;Bodø kommune;kommune;Bodø;Fauske, Saltdal;02.02.2027;26.01.2027;norsk, arabisk;0–5;gratis;foreldrekurs@bodo.kommune.no;+47 75 55 50 00',
    'Kurs uten pris;icdp;Bodø kommune;kommune;Bodø;;02.02.2027;;norsk;;;;',
  ];

  it('writes nothing while a row is invalid', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'k.csv'), rows.join('\n'));
    const { code, lines } = await cli(dir, 'offers', 'convert', 'k.csv', '-o', 'tilbud.json');
    expect(code).to.equal(1);
    expect(lines).to.deep.equal(['k.csv:3: pris: mangler, men må fylles ut']);
    expect(existsSync(join(dir, 'tilbud.json'))).to.equal(false);
  });

  it('with --skip-invalid writes the valid rows as an offers file the SDK accepts, and lists the skipped ones', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'k.csv'), rows.join('\n'));
    const { code, lines, stderr } = await cli(dir, 'offers', 'convert', 'k.csv', '-o', 'tilbud.json', '--skip-invalid');
    expect(code).to.equal(0);
    expect(lines).to.deep.equal(['k.csv:3: pris: hoppet over: mangler, men må fylles ut']);
    expect(stderr).to.match(/^Skrev 1 tilbud til .*tilbud\.json$/);
    const [offer] = validateOffers(JSON.parse(readFileSync(join(dir, 'tilbud.json'), 'utf8')));
    expect(offer).to.deep.include({
      id: 'icdp-gruppe-2027-02-02',
      programme: 'icdp',
      municipality: '1804',
      areaServed: ['1841', '1840'],
      registrationDeadline: '2027-01-26',
      languages: ['no', 'ar'],
      ageRange: { min: 0, max: 5 },
      price: { free: true },
      signUpUrl: 'mailto:foreldrekurs@bodo.kommune.no',
    });
    expect(offer?.contact).to.deep.equal({ phone: '+47 75 55 50 00' });
  });
});

describe('foreldrestotte offers jsonld', () => {
  it('prints schema.org JSON-LD, or a script element to paste into a page head', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'k.csv'),
      'tittel;program;arrangør;arrangørtype;kommune;startdato;språk;pris\n</script> kurs;ICDP;X;frivillig;Bodø;02.02.2027;norsk;gratis\n',
    );
    const json = await cli(dir, 'offers', 'jsonld', 'k.csv');
    expect(json.code).to.equal(0);
    const graph = JSON.parse(json.stdout)['@graph'];
    expect(graph[0]['@type']).to.equal('Course');
    expect(graph[0].hasCourseInstance[0]).to.deep.include({ '@type': 'CourseInstance', startDate: '2027-02-02' });
    const html = await cli(dir, 'offers', 'jsonld', 'k.csv', '--html');
    expect(html.stdout).to.match(/^<script type="application\/ld\+json">\n/);
    expect(html.stdout.match(/<\/script>/g)).to.have.length(1);
  });
});

describe('foreldrestotte as a command', () => {
  it('runs from npx, exits 2 on misuse and 1 on a missing file, without a stack trace', () => {
    const dir = folder();
    const call = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
    const usage = call('offers', 'frob');
    expect(usage.status).to.equal(2);
    expect(usage.stderr).to.include('Bruk / Usage:');
    const missing = call('offers', 'check', 'finnes-ikke.csv');
    expect(missing.status).to.equal(1);
    expect(missing.stderr.trim()).to.equal('finnes-ikke.csv: kan ikke lese fila (ENOENT)');
    expect(missing.stderr).not.to.match(/\n\s+at /);
    const template = call('offers', 'template');
    expect(template.status).to.equal(0);
    expect(template.stdout.startsWith('\uFEFFid;tittel;')).to.equal(true);
  });
});

describe('values as people type them', () => {
  it('reads dates, ages, prices and languages', () => {
    expect(['12.01.2027', '12.1.27', '12/01/2027', '2027-01-12'].map(readDate)).to.deep.equal(Array(4).fill('2027-01-12'));
    expect(['31.02.2027', '2027-13-01', 'i morgen'].map(readDate)).to.deep.equal([undefined, undefined, undefined]);
    expect(['3–12', '3-12', '0 til 5', '0 to 5', '4', '4 år'].map(readAge)).to.deep.equal([
      { min: 3, max: 12 },
      { min: 3, max: 12 },
      { min: 0, max: 5 },
      { min: 0, max: 5 },
      { min: 4, max: 4 },
      { min: 4, max: 4 },
    ]);
    expect(readAge('12-3')).to.equal(undefined);
    expect(['gratis', 'Free', '0', '250', '250 kr', 'kr 250,-', '1 200'].map(readPrice)).to.deep.equal([
      { free: true },
      { free: true },
      { free: true },
      { free: false, amountNok: 250 },
      { free: false, amountNok: 250 },
      { free: false, amountNok: 250 },
      { free: false, amountNok: 1200 },
    ]);
    expect(['arabisk', 'Arabic', 'ar', 'somali', 'tigrinja', 'Tigrinya', 'dari', 'norsk', 'ukrainsk', 'nordsamisk'].map(languageTag)).to.deep.equal([
      'ar',
      'ar',
      'ar',
      'so',
      'ti',
      'ti',
      'prs',
      'no',
      'uk',
      'se',
    ]);
  });
});
