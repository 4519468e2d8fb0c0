// How a status looks: a word, an icon with its own shape, and a colour. Never colour alone (WCAG 1.4.1).
import { msg } from '@lit/localize';
import { svg, type SVGTemplateResult } from 'lit';
import type { Status } from '@foreldrestotte/sdk';

export function statusText(status: Status): string {
  switch (status) {
    case 'not-started':
      return msg('Ikke påbegynt', { id: 'status.not-started' });
    case 'ongoing':
      return msg('Pågående', { id: 'status.ongoing' });
    case 'on-track':
      return msg('I rute', { id: 'status.on-track' });
    case 'delayed':
      return msg('Forsinket', { id: 'status.delayed' });
    case 'deviation':
      return msg('Avvik', { id: 'status.deviation' });
    case 'completed':
      return msg('Ferdig', { id: 'status.completed' });
  }
}

const paths: Record<Status, SVGTemplateResult> = {
  // an empty circle
  'not-started': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/>`,
  // a circle with three dots
  ongoing: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><circle cx="5" cy="8" r="1.2" fill="currentColor"/><circle cx="8" cy="8" r="1.2" fill="currentColor"/><circle cx="11" cy="8" r="1.2" fill="currentColor"/>`,
  // an arrow pointing ahead
  'on-track': svg`<path d="M2 8h9M8 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // a clock
  delayed: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 4.5V8l2.5 1.8" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>`,
  // a warning triangle
  deviation: svg`<path d="M8 1.8 14.6 14H1.4Z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M8 6v3.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="11.8" r="0.9" fill="currentColor"/>`,
  // a tick in a filled circle
  completed: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.6 8.2 7 10.5l4.4-4.8" class="tick" fill="none" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
};

/** A decorative icon: the status is always written next to it. */
export function statusIcon(status: Status): SVGTemplateResult {
  return svg`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${paths[status]}</svg>`;
}
