import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  CatalogueError,
  CatalogueHttpError,
  CatalogueValidationError,
  isCatalogueError,
  isCatalogueHttpError,
  isCatalogueNetworkError,
  isCatalogueTimeoutError,
  isCatalogueValidationError,
} from '@foreldrestotte/sdk';

describe('errors', () => {
  it('share one base class and keep the cause', () => {
    const cause = new Error('socket hang up');
    const error = new CatalogueHttpError(503, 'Service Unavailable', 'https://x.no/catalogue.json', { cause });
    expect(error).to.be.instanceOf(CatalogueError);
    expect(error.cause).to.equal(cause);
    expect(error.name).to.equal('CatalogueHttpError');
  });

  it('are recognised by name when they come from another copy of the SDK', () => {
    const foreign = Object.assign(new Error('x'), { name: 'CatalogueValidationError', issues: [] });
    expect(isCatalogueValidationError(foreign)).to.equal(true);
    expect(isCatalogueError(foreign)).to.equal(true);
    expect(isCatalogueHttpError(foreign)).to.equal(false);
    expect(isCatalogueTimeoutError(new Error('x'))).to.equal(false);
    expect(isCatalogueNetworkError('CatalogueNetworkError')).to.equal(false);
  });

  it('summarise many issues without listing them all', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: `measures[${i}].title`, code: 'invalid_type', message: 'expected object' }));
    const error = new CatalogueValidationError('catalogue.json', issues);
    expect(error.message).to.equal(
      'Invalid data from catalogue.json (7 problems): measures[0].title: expected object; measures[1].title: expected object; ' +
        'measures[2].title: expected object; measures[3].title: expected object; measures[4].title: expected object; and 2 more',
    );
  });
});
