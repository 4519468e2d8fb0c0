// `foreldrestotte offers coverage` (issue 19): a planner's report of the municipality's tiltaksvifte, from a CSV made in a
// spreadsheet, as text, CSV for Excel and JSON.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { run } from '@foreldrestotte/cli';

async function cli(dir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: dir });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const folder = () => mkdtempSync(join(tmpdir(), 'foreldrestotte-coverage-'));
const HEADER = 'tittel;program;arrangør;arrangørtype;kommune;tjeneste;nivå;alder;språk;pris';

describe('foreldrestotte offers coverage', () => {
  it('reads a spreadsheet’s offers, with its nivå and tjeneste columns, into a report for the plan', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'tilbud.csv'),
      [
        HEADER,
        'ICDP for småbarn;ICDP;Tynset kommune;kommune;Tynset;helsestasjon;;0–5;norsk;gratis',
        'Ungdomsgruppe;;Tynset kommune;kommune;Tynset;familievern;selektiv og indikativ;13–18;norsk;gratis',
        'Kafé;;Forening;frivillig;Tynset;frivillig;;;norsk;gratis',
      ].join('\r\n'),
    );
    const { code, stdout } = await cli(dir, 'offers', 'coverage', 'tilbud.csv', '--municipality', 'Tynset', '--today', '2027-01-01', '--lang', 'nn');
    expect(code).to.equal(0);
    const lines = stdout.split('\n');
    expect(lines[0]).to.equal('Tiltaksvifte for Tynset');
    expect(lines).to.include('6 av 15 felt har minst eitt tilbod. Ingen tilbod for Gravide / ventar barn. Ingen tilbod for 6–12 år.');
    expect(lines).to.include('  13–18 år: Ungdomsgruppe (Tynset kommune)');
    // Gaps filled from the catalogue, best documented first (PMTO and De utrolige årene have Ungsinn's level 5).
    expect(lines.find((line) => line.startsWith('  For familiar med vanskar (indikativt), 6–12 år:'))).to.match(
      /: kan fyllast av: PMTO – individuell foreldrerettleiing, De utrolige årene – [^,]+, TIBIR – [^,]+, PMTO-foreldregruppe, Marte Meo$/,
    );
    expect(lines).to.include('  Kafé: oppgir ikkje nivå, og har ikkje noko program i katalogen');
  });

  it('writes CSV that Excel opens (semicolons, UTF-8 with a byte-order mark), and JSON by id', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'a.csv'),
      [HEADER, 'ICDP for småbarn;ICDP;Tynset kommune;kommune;Tynset;;;0–5;norsk;gratis', '=HYPERLINK("x");TIK;Forening;frivillig;Tynset;;;;norsk;gratis'].join(
        '\n',
      ),
    );
    const csv = await cli(dir, 'offers', 'coverage', 'a.csv', '--municipality', '3427', '--format', 'csv', '-o', 'vifte.csv', '--today', '2027-01-01');
    expect(csv.code).to.equal(0);
    const written = readFileSync(join(dir, 'vifte.csv'), 'utf8');
    expect(written.startsWith('\uFEFF"Nivå";"Gravide / venter barn";"0–2 år";"3–5 år";"6–12 år";"13–18 år"\r\n')).to.equal(true);
    // A cell that would start a formula in Excel starts with an apostrophe; offers in one cell are on lines of their own.
    expect(written.split('\r\n')[1]).to.equal(
      '"For alle (universelt)";"– ingen tilbud";"ICDP for småbarn";"ICDP for småbarn\n=HYPERLINK(""x"")";"\'=HYPERLINK(""x"")";"– ingen tilbud"',
    );
    const json = await cli(dir, 'offers', 'coverage', 'a.csv', '--municipality', '3427', '--format', 'json', '--today', '2027-01-01');
    const result = JSON.parse(json.stdout) as {
      cells: { level: string; band: string; offers: string[]; suggestions: string[] }[];
      municipality: { name: string };
    };
    expect(result.municipality.name).to.equal('Tynset');
    const cell = result.cells.find((c) => c.level === 'universal' && c.band === '6-12');
    expect(cell?.offers).to.have.length(1);
    expect(result.cells.find((c) => c.level === 'indicated' && c.band === '3-5')?.suggestions).to.include('pmto');
  });

  it('merges several files, the first offer of an id kept, and says what is wrong in each', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'kommune.csv'), [`id;${HEADER}`, 'k1;ICDP;ICDP;Tynset kommune;kommune;Tynset;;;0–5;norsk;gratis'].join('\n'));
    writeFileSync(
      join(dir, 'forening.csv'),
      [`id;${HEADER}`, 'k1;Kopi;ICDP;Forening;frivillig;Tynset;;;0–5;norsk;gratis', 'f2;Feil;ICDP;Forening;frivillig;Atlantis;;;0–5;norsk;gratis'].join('\n'),
    );
    const { code, stdout, stderr } = await cli(dir, 'offers', 'coverage', 'kommune.csv', 'forening.csv', '--municipality', 'Tynset', '--format', 'json');
    expect(code).to.equal(1);
    expect(stderr).to.match(/forening\.csv:3: kommune: «Atlantis» er ikke en kommune/);
    const result = JSON.parse(stdout) as { cells: { level: string; band: string; offers: string[] }[] };
    expect(result.cells.find((c) => c.level === 'universal' && c.band === '0-2')?.offers).to.deep.equal(['k1']);
  });

  it('says what it needs when asked wrongly', async () => {
    const dir = folder();
    expect((await cli(dir, 'offers', 'coverage', 'a.csv')).code).to.equal(2);
    expect((await cli(dir, 'offers', 'coverage', 'a.csv', '--municipality', '1804', '--format', 'pdf')).code).to.equal(2);
  });

  it('gives the county governor every municipality of the county side by side, most gaps first (--county)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'tynset.csv'), [HEADER, 'ICDP for småbarn;ICDP;Tynset kommune;kommune;Tynset;;;0–5;norsk;gratis'].join('\n'));
    writeFileSync(
      join(dir, 'hamar.csv'),
      [HEADER, 'ICDP;ICDP;Hamar kommune;kommune;Hamar;;;;norsk;gratis', 'PMTO;PMTO;Hamar kommune;kommune;Hamar;;;;norsk;gratis'].join('\n'),
    );
    const { code, stdout } = await cli(dir, 'offers', 'coverage', 'tynset.csv', 'hamar.csv', '--county', '34', '--today', '2027-01-01');
    expect(code).to.equal(0);
    const lines = stdout.split('\n');
    expect(lines[0]).to.equal('Tiltaksvifte i fylke 34 (Innlandet): 46 kommuner, flest hull først');
    const header = lines.findIndex((line) => line.startsWith('Kommune '));
    expect(lines[header]?.split(/ {2,}/)).to.deep.equal(['Kommune', 'Universelt', 'Selektivt', 'Indikativt', 'Felt uten tilbud', 'Tilbud', 'Ikke plassert']);
    const rows = lines.slice(header + 1, header + 47).map((line) => line.trim().split(/ {2,}/));
    expect(rows).to.have.length(46);
    // Hamar has ICDP (universal and selective, 0–18) and PMTO (indicated, 3–12): the fewest gaps, last.
    expect(rows.at(-1)).to.deep.equal(['Hamar', '4/5', '4/5', '2/5', '5', '2', '0']);
    expect(rows.at(-2)).to.deep.equal(['Tynset', '2/5', '2/5', '0/5', '11', '1', '0']);
    expect(rows[0]).to.deep.equal(['Alvdal', '0/5', '0/5', '0/5', '15', '0', '0']);

    const csv = await cli(dir, 'offers', 'coverage', 'tynset.csv', 'hamar.csv', '--county', '34', '--format', 'csv', '--lang', 'en');
    expect(csv.stdout.startsWith('\uFEFF"Municipality";"Universal";"Selective";"Indicated";"Cells without offer";"Offers";"Not placed"\r\n')).to.equal(true);
    const json = JSON.parse((await cli(dir, 'offers', 'coverage', 'tynset.csv', 'hamar.csv', '--county', '34', '--format', 'json')).stdout) as {
      rows: { municipality: { number: string }; covered: Record<string, number>; gaps: number }[];
    };
    expect(json.rows.at(-1)).to.deep.include({
      municipality: { number: '3403', name: 'Hamar' },
      covered: { universal: 4, selective: 4, indicated: 2 },
      gaps: 5,
    });
  });

  it('refuses a county the register does not have, and a request for both a municipality and a county', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.csv'), [HEADER, 'ICDP;ICDP;Tynset kommune;kommune;Tynset;;;0–5;norsk;gratis'].join('\n'));
    const unknown = await cli(dir, 'offers', 'coverage', 'a.csv', '--county', '99', '--lang', 'en');
    expect(unknown.code).to.equal(1);
    expect(unknown.stderr).to.equal('“99” is not a county number in the municipality register (write two digits, e.g. 18 for Nordland)');
    const both = await cli(dir, 'offers', 'coverage', 'a.csv', '--county', '34', '--municipality', 'Tynset');
    expect(both.code).to.equal(2);
    expect(both.stderr).to.include('enten --municipality NR eller --county NR');
  });
});
