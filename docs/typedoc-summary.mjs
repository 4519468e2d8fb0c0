// TypeDoc plugin: an element's `@summary` (the tag the Custom Elements Manifest reads) is its description in the API
// reference too, so that the class page says what the element is, not only its tags.
import { Converter } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of Object.values(context.project.reflections)) {
      const { comment } = reflection;
      const summary = comment?.getTag('@summary');
      if (!comment || !summary) continue;
      if (comment.summary.length === 0) comment.summary = summary.content;
      comment.removeTags('@summary');
    }
  });
}
