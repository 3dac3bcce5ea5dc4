import express, { Router } from 'express';
import { bearerAuth, callerOf } from '../auth/bearer-auth.ts';
import type { TokenVerifier } from '../auth/token-verifier.ts';
import { requestIdOf } from '../http/request-context.ts';
import { answerProfileRequest } from './answer-profile-request.ts';
import { MAX_UPDATE_BODY_BYTES } from './parse-update-body.ts';
import type { ProfileService } from './profile-service.ts';

/** `GET`/`POST /internal/okta-profile` for the verified caller. */
export function profileRoutes(service: ProfileService, verifier: TokenVerifier): Router {
  const router = Router();

  // The body is read as text whatever its type, so the shared parser decides 415 vs 400.
  const readBody = express.text({
    type: () => true,
    limit: MAX_UPDATE_BODY_BYTES,
    inflate: false,
    defaultCharset: 'utf-8',
  });

  router.all('/internal/okta-profile', bearerAuth(verifier), readBody, async (req, res) => {
    const answer = await answerProfileRequest(service, {
      method: req.method,
      oktaUserId: callerOf(res.locals),
      requestId: requestIdOf(res.locals),
      contentType: req.headers['content-type'],
      contentEncoding: req.headers['content-encoding'],
      bodyText: typeof req.body === 'string' ? req.body : undefined,
      ifMatch: req.headers['if-match'],
    });

    res.status(answer.status).set(answer.headers).json(answer.body);
  });

  return router;
}
