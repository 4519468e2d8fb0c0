// The embed page for sites that strip scripts: one element from the query, in an iframe that tells its parent its
// height; and the optional host script that sizes the iframe.
import { expect } from 'chai';
import { until } from '../../packages/elements/src/internal/test/helpers.js';

const EMBED = '/packages/elements/cdn/embed.html';

// The host script as the pasted code loads it: a classic script, not a module.
before(async () => {
  const script = document.createElement('script');
  script.src = '/packages/elements/cdn/embed-host.js';
  script.defer = true;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  const failed = new Promise((_, reject) => window.addEventListener('error', (event) => reject(event.error ?? event.message), { once: true }));
  document.head.append(script);
  await Promise.race([loaded, failed]);
});

function open(query: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = `${EMBED}?${query}`;
  frame.style.width = '600px';
  frame.style.height = '100px';
  document.body.append(frame);
  return frame;
}

const inside = (frame: HTMLIFrameElement, tag: string) => frame.contentDocument?.querySelector(tag);

describe('the embed page', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('renders the element named in the query, with its attributes and language, on a transparent page', async () => {
    const messages: unknown[] = [];
    const listen = (event: MessageEvent) => event.source === frame.contentWindow && messages.push(event.data);
    window.addEventListener('message', listen);
    try {
      frame = open('element=fs-measure-card&measure=29&lang=nn&onclick=alert(1)');
      const card = await until(() => inside(frame, 'fs-measure-card')?.shadowRoot?.querySelector('[part="title"]'), 'the card', 10_000);
      expect(card.textContent?.trim()).to.equal('Auke bruken av familieråd i familievernet');
      const element = inside(frame, 'fs-measure-card') as Element;
      expect(element.getAttribute('measure')).to.equal('29');
      // Only the attributes the element reads are copied from the address.
      expect(element.hasAttribute('onclick')).to.equal(false);
      const win = frame.contentWindow as Window;
      expect(win.getComputedStyle(win.document.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(win.getComputedStyle(win.document.documentElement).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      // It tells the parent its height; the host script sizes the iframe to it.
      type Resize = { source: string; type: string; height: number };
      const last = await until(() => (messages as Resize[]).find((message) => message.height > 200), 'a resize message for the whole card');
      expect(last).to.include({ source: 'foreldrestotte', type: 'resize' });
      await until(() => frame.clientHeight === (messages.at(-1) as Resize).height, 'the iframe sized to its content');
    } finally {
      window.removeEventListener('message', listen);
    }
  });

  it('opens links out of the frame in the whole window (or a new one when asked), and names the frame’s page', async () => {
    frame = open('element=fs-programme-finder&lang=nn');
    await until(() => inside(frame, 'fs-programme-finder')?.shadowRoot?.querySelector('[part="result"] a[href^="https:"]'), 'the finder', 10_000);
    const page = frame.contentDocument as Document;
    expect(page.querySelector('base')?.target).to.equal('_top');
    expect(page.title).to.equal('Finn foreldreprogram – Trygge foreldre – trygge barn');
    // A link to a programme's page follows the base; the kit's own links to one programme stay in the frame.
    const shadow = inside(frame, 'fs-programme-finder')?.shadowRoot as ShadowRoot;
    const out = shadow.querySelector<HTMLAnchorElement>('[part="where"] a[href^="https:"]') as HTMLAnchorElement;
    expect(out.target).to.equal('');
    expect(shadow.querySelector<HTMLAnchorElement>('[part="share"]')?.target).to.equal('_self');
    frame.remove();
    frame = open('element=fs-measure-card&measure=8&link-target=_blank&lang=en');
    await until(() => inside(frame, 'fs-measure-card')?.shadowRoot?.querySelector('[part="title"]'), 'the card', 10_000);
    expect(frame.contentDocument?.querySelector('base')?.target).to.equal('_blank');
    expect(frame.contentDocument?.title).to.equal('Status of a measure – Trygge foreldre – trygge barn');
  });

  it('renders the finder with its attributes in English', async () => {
    frame = open('element=fs-programme-finder&levels=indicated&lang=en');
    const counted = () => inside(frame, 'fs-programme-finder')?.shadowRoot?.querySelector('[part="count"]')?.textContent ?? '';
    // The English texts arrive a moment after the element: the count is read once it is in English.
    await until(() => / match\.$/.test(counted()), 'the finder in English', 10_000);
    const count = counted();
    expect(count).to.match(/^\d+ programmes match\.$/);
    expect(count).to.not.equal('17 programmes match.');
  });

  it('says so when the query names no element of the kit', async () => {
    frame = open('element=script');
    const line = await until(() => frame.contentDocument?.querySelector('.embed-message'), 'the message', 10_000);
    expect(line.textContent).to.include('element="script" is none of fs-measure-card');
    expect(frame.contentDocument?.querySelector('script:not([src])')).to.equal(null);
  });
});

describe('the embed host script', () => {
  /** Posts `data` to this page from inside `frame`, as its embed page would. */
  const postFrom = (frame: HTMLIFrameElement, data: unknown) => {
    const FrameFunction = (frame.contentWindow as Window & { Function: FunctionConstructor }).Function;
    new FrameFunction('data', 'parent.postMessage(data, "*")')(data);
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('sizes only the kit’s own embed frame whose window sent the message, and ignores anything else', async () => {
    // At the kit's embed address, a page the test speaks for (the real one lets no test code run inside it).
    const frame = open('stand_in=1');
    await until(() => frame.contentDocument?.title === 'stand-in', 'the stand-in page');
    const own = frame.style.height;
    postFrom(frame, { source: 'foreldrestotte', type: 'resize', height: 'tall' });
    postFrom(frame, { source: 'other', type: 'resize', height: 300 });
    // Sent by this page, not by the iframe: no iframe is its source.
    window.postMessage({ source: 'foreldrestotte', type: 'resize', height: 900 }, '*');
    await settle();
    expect(frame.style.height).to.equal(own);
    expect(getComputedStyle(frame).borderTopWidth, 'the browser default border before').to.not.equal('0px');
    postFrom(frame, { source: 'foreldrestotte', type: 'resize', height: 321.2 });
    await until(() => frame.style.height === '322px', 'the new height');
    expect(getComputedStyle(frame).borderTopWidth, 'no border, set from script as a strict CSP allows').to.equal('0px');
    postFrom(frame, { source: 'foreldrestotte', type: 'resize', height: 1e9 });
    await until(() => frame.style.height === '40000px', 'the capped height');
  });

  it('leaves alone a frame that is not the kit’s embed page, whatever it posts', async () => {
    // Before, any iframe that posted a resize grew to what it asked: an ad frame reached 50 000 px.
    const stranger = document.createElement('iframe');
    stranger.src = '/test-api/cdn-page.html';
    stranger.style.height = '100px';
    document.body.append(stranger);
    try {
      await until(() => stranger.contentDocument?.readyState === 'complete', 'the other page');
      postFrom(stranger, { source: 'foreldrestotte', type: 'resize', height: 50_000 });
      await settle();
      expect(stranger.style.height).to.equal('100px');
      expect(getComputedStyle(stranger).borderTopWidth).to.not.equal('0px');
    } finally {
      stranger.remove();
    }
  });
});
