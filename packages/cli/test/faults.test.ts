// Hostile input, round 3 (issue 21), for the command: it never leaves a half-written file, never writes a file the
// finder refuses without saying so, and reads a spreadsheet saying what it did. Each test failed before its fix.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { run } from '@foreldrestotte/cli';

const bin = fileURLToPath(new URL('../bin/foreldrestotte.js', import.meta.url));
const folder = () => mkdtempSync(join(tmpdir(), 'foreldrestotte-faults-'));

async function cli(dir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: dir });
  return { code, lines: out.join('\n').split('\n').filter(Boolean), stderr: err.join('\n') };
}

const HEADER = 'tittel;arrangør;arrangørtype;kommune;språk;pris;beskrivelse';
const row = (title: string, description = '') => `${title};Bodø kommune;kommune;Bodø;norsk;gratis;${description}`;

describe('faults: the command never leaves a half-written file', () => {
  it('keeps the previous file whole when a file-size limit is reached while writing', () => {
    const dir = folder();
    const good = `${JSON.stringify({ offers: [] })}\n`;
    writeFileSync(join(dir, 'tilbud.json'), good);
    writeFileSync(join(dir, 'stor.csv'), [HEADER, ...Array.from({ length: 400 }, (_, i) => row(`Kurs ${i}`, 'lang tekst '.repeat(200)))].join('\n'));
    // ulimit -f counts 1 kB blocks: the new file (about 1 MB) cannot be written past 200 kB.
    const result = spawnSync('bash', ['-c', `ulimit -f 200; exec "${process.execPath}" "${bin}" offers convert stor.csv -o tilbud.json`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.status).to.equal(1);
    expect(result.stderr).to.match(/tilbud\.json: kan ikke skrive fila \(EFBIG\)/);
    expect(readFileSync(join(dir, 'tilbud.json'), 'utf8')).to.equal(good);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).to.deep.equal([]);
  });

  it('refuses -o that is the file being read, or a symbolic link, and says why', async () => {
    const dir = folder();
    const csv = [HEADER, row('Kurs')].join('\n');
    writeFileSync(join(dir, 'k.csv'), csv);
    const same = await cli(dir, 'offers', 'convert', 'k.csv', '-o', './k.csv', '--lang', 'en');
    expect(same.code).to.equal(1);
    expect(same.stderr).to.match(/-o is the file you are reading/);
    expect(readFileSync(join(dir, 'k.csv'), 'utf8')).to.equal(csv);
    writeFileSync(join(dir, 'elsewhere.json'), 'keep');
    symlinkSync(join(dir, 'elsewhere.json'), join(dir, 'lenke.json'));
    const linked = await cli(dir, 'offers', 'convert', 'k.csv', '-o', 'lenke.json');
    expect(linked.code).to.equal(1);
    expect(linked.stderr).to.match(/-o er en symbolsk lenke \(til .*elsewhere\.json\); skrev ingenting/);
    expect(readFileSync(join(dir, 'elsewhere.json'), 'utf8')).to.equal('keep');
  });

  it('warns when the file would be too large for the finder, writes nothing with --strict, and splits by municipality', async () => {
    const dir = folder();
    const long = 'En lang beskrivelse av kurset. '.repeat(100);
    const rows = Array.from({ length: 2000 }, (_, i) => `Kurs ${i};Kommune;kommune;${i % 2 ? 'Bodø' : 'Fauske'};norsk;gratis;${long}`);
    writeFileSync(join(dir, 'stor.csv'), [HEADER, ...rows].join('\n'));
    const strict = await cli(dir, 'offers', 'convert', 'stor.csv', '-o', 'tilbud.json', '--strict');
    expect(strict.code).to.equal(1);
    expect(strict.stderr).to.match(/advarsel: .*tilbud\.json blir [\d,]+ MB, men programsøket leser høyst 5 MB/);
    expect(existsSync(join(dir, 'tilbud.json'))).to.equal(false);
    const warned = await cli(dir, 'offers', 'convert', 'stor.csv', '-o', 'tilbud.json');
    expect(warned.code).to.equal(0);
    expect(warned.stderr).to.match(/advarsel/);
    const bodo = await cli(dir, 'offers', 'convert', 'stor.csv', '-o', 'bodo.json', '--municipality', 'Bodø', '--strict');
    expect(bodo.code).to.equal(0);
    const kept = (JSON.parse(readFileSync(join(dir, 'bodo.json'), 'utf8')) as { offers: { municipality: string }[] }).offers;
    expect(kept).to.have.length(1000);
    expect(new Set(kept.map((offer) => offer.municipality))).to.deep.equal(new Set(['1804']));
  });

  it('refuses more offers than one file may hold, before anything else', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'mange.csv'), [HEADER, ...Array.from({ length: 10_001 }, (_, i) => row(`Kurs ${i}`))].join('\n'));
    const { code, lines } = await cli(dir, 'offers', 'check', 'mange.csv', '--lang', 'nn');
    expect(code).to.equal(1);
    expect(lines).to.deep.equal(['mange.csv:1: fila har 10001 tilbod, men høgst 10000 går i éi fil; del ho opp, til dømes per kommune med --municipality']);
  });
});

describe('faults: a spreadsheet read as it is, saying what it did', () => {
  it('reads a UTF-8 file with one stray Windows-1252 byte as UTF-8, and names the line of that byte', async () => {
    const dir = folder();
    const utf8 = Buffer.from(`${HEADER}\n${row('Foreldrekurs i Bodø')}\n${row('Kurs for foreldre')}\n`, 'utf8');
    // "Café" written by an older program: é as the one byte 0xE9, not UTF-8's two.
    const stray = Buffer.concat([utf8, Buffer.from('Kaf'), Buffer.from([0xe9]), Buffer.from(`;Bodø kommune;kommune;Bodø;norsk;gratis;\n`, 'utf8')]);
    writeFileSync(join(dir, 'blandet.csv'), stray);
    writeFileSync(join(dir, 'ut.json'), '');
    const { code, lines } = await cli(dir, 'offers', 'convert', 'blandet.csv', '-o', 'ny.json');
    expect(code).to.equal(0);
    expect(lines).to.deep.equal([
      'blandet.csv:4: advarsel: fila er UTF-8, men denne linja har tegn som ikke er det (lest som Windows-1252); lagre fila som «CSV UTF-8» og sjekk teksten',
    ]);
    const offers = (JSON.parse(readFileSync(join(dir, 'ny.json'), 'utf8')) as { offers: { title: { nb: string }; provider: { name: string } }[] }).offers;
    expect(offers.map((offer) => offer.title.nb)).to.deep.equal(['Foreldrekurs i Bodø', 'Kurs for foreldre', 'Kafé']);
    expect(offers[2]?.provider.name).to.equal('Bodø kommune');
  });

  it('reports a quote left open at the line where it opened, and reads no row after it as text', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'sitat.csv'), [HEADER, row('Kurs 1'), row('Kurs 2', '"Åtte kvelder'), row('Kurs 3'), row('Kurs 4'), row('Kurs 5')].join('\n'));
    const { code, lines } = await cli(dir, 'offers', 'convert', 'sitat.csv', '-o', 'ut.json', '--lang', 'en');
    expect(code).to.equal(1);
    expect(lines).to.deep.equal([
      'sitat.csv:3: a quote (") that opens a cell here is never closed, so the rest of the file would be read as one text; close it, or write a quote inside text as two ("")',
    ]);
  });

  it('refuses a column given twice, rather than let one of them win', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'dobbel.csv'), [`${HEADER};Kommune`, `${row('Kurs')};Fauske`].join('\n'));
    const { code, lines } = await cli(dir, 'offers', 'check', 'dobbel.csv');
    expect(code).to.equal(1);
    expect(lines).to.deep.equal(['dobbel.csv:1: Kommune: kolonnen «Kommune» står to ganger (kolonne 4 og 8); ta bort den ene']);
  });

  it('understands the sep= line Excel writes first, and counts lines from the file’s top', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'sep.csv'), ['sep=;', HEADER, row('Kurs 1'), 'Kurs 2;Bodø kommune;kommune;Atlantis;norsk;gratis;'].join('\r\n'));
    const { code, lines } = await cli(dir, 'offers', 'check', 'sep.csv', '--lang', 'en');
    expect(code).to.equal(1);
    expect(lines).to.deep.equal(['sep.csv:4: kommune: “Atlantis” is not a municipality (write its number or name, e.g. 1804 or Bodø, or “online”)']);
  });

  it('writes out control characters and direction marks from a cell instead of sending them to the terminal', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'escape.csv'), [HEADER, 'Kurs;Bodø kommune;kommune;\u001b[31mAtlantis\u202e;norsk;gratis;'].join('\n'));
    const { lines } = await cli(dir, 'offers', 'check', 'escape.csv', '--lang', 'en');
    expect(lines).to.deep.equal([
      'escape.csv:2: kommune: “\\u001b[31mAtlantis\\u202e” is not a municipality (write its number or name, e.g. 1804 or Bodø, or “online”)',
    ]);
    expect(lines.join('')).not.to.include('\u001b').and.not.to.include('\u202e');
  });
});
