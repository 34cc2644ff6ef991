import { expect } from '@open-wc/testing';
import { ERROR_CODES } from '@placard/contract';
import { PlacardHttpError, PlacardNetworkError } from '@placard/sdk';
import en from '../i18n/en.js';
import { Format } from '../i18n/format.js';
import { errorCode, loadErrorMessage, retryMinutes, writeErrorMessage } from './error-message.js';

const f = new Format('en-GB', en);

describe('error messages', () => {
  it('gives every error code of the contract words a supporter can act on', () => {
    for (const code of ERROR_CODES) {
      const error = new PlacardHttpError(code, `server said ${code}`, { status: 400 });
      const message = writeErrorMessage(error, en, f);
      expect(message, code).to.be.a('string').and.not.include('server said');
      expect(loadErrorMessage(error, en), code).to.be.a('string').and.not.equal('');
    }
    expect(writeErrorMessage(new PlacardHttpError('origin_not_allowed', 'x'), en, f)).to.equal(
      en.common.originNotAllowed,
    );
    expect(writeErrorMessage(new PlacardHttpError('forbidden', 'x'), en, f)).to.equal(en.common.notAllowed);
    expect(writeErrorMessage(new PlacardHttpError('not_found', 'x'), en, f)).to.equal(en.common.notFound);
    expect(writeErrorMessage(new PlacardHttpError('unavailable', 'x'), en, f)).to.equal(en.common.serverError);
  });

  it('treats a network failure as offline and anything unknown as an internal error', () => {
    const offline = new PlacardNetworkError('network_error', 'Failed to fetch');
    expect(writeErrorMessage(offline, en, f)).to.equal(en.common.offline);
    expect(loadErrorMessage(offline, en)).to.equal(en.common.offline);
    expect(errorCode(new TypeError('boom'))).to.equal('internal_error');
  });

  it('rounds the wait up to whole minutes', () => {
    expect(retryMinutes(new PlacardHttpError('rate_limited', 'x', { retryAfter: 30 }))).to.equal(1);
    expect(retryMinutes(new PlacardHttpError('rate_limited', 'x', { retryAfter: 121 }))).to.equal(3);
    expect(retryMinutes(new PlacardHttpError('rate_limited', 'x'))).to.equal(1);
    expect(retryMinutes('nonsense')).to.equal(1);
  });
});
