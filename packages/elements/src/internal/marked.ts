// Text with the words a search matched in <mark>, set on its element as text nodes and <mark> elements (never HTML).
// A directive rather than a template: a keystroke changes which words are marked in forty results, and rebuilding
// just the element's few children is far cheaper than Lit's parts for a list of strings and templates.
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** A stretch of text, marked when it is a word the search matched (the SDK's `TextPart`). */
export interface MarkedPart {
  text: string;
  match: boolean;
}

class MarkedDirective extends Directive {
  private shown: readonly MarkedPart[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('marked() belongs on an element: <p ${marked(parts)}></p>');
  }

  render(_parts: readonly MarkedPart[]) {
    return noChange;
  }

  override update(part: ElementPart, [parts]: [readonly MarkedPart[]]) {
    const { shown } = this;
    if (parts.length === shown.length && parts.every((each, i) => each.match === shown[i]?.match && each.text === shown[i]?.text)) return noChange;
    this.shown = parts;
    part.element.replaceChildren(
      ...parts.map((each) => {
        if (!each.match) return each.text;
        const mark = document.createElement('mark');
        mark.textContent = each.text;
        return mark;
      }),
    );
    return noChange;
  }
}

/** Puts `parts` into the element it is bound to, matched words in `<mark>`. */
export const marked = directive(MarkedDirective);
