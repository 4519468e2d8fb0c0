import { msg } from '@lit/localize';

/** What the elements that show the programmes (finder, comparison) say while they load and when they cannot. */
export const programmesMessages = () => ({
  loading: msg('Laster programmene …', { id: 'finder.loading' }),
  failed: msg('Programmene kunne ikke lastes.', { id: 'finder.loadError' }),
});
