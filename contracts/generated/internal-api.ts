// Generated from contracts/internal-api.yaml by `npm run generate` (openapi-typescript).
// Do not edit: change the document and run the command again.
export interface paths {
    "/internal/okta-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns Okta profile values from Okta's Users API
         * @description Calls Okta's Users API (`GET /api/v1/users/{id}`) for the caller and returns the profile values the user gave at registration or at their latest update.
         */
        get: operations["showOktaInfo"];
        put?: never;
        /**
         * Updates the user's Okta profile and returns the values Okta now holds
         * @description Partial update: only the fields present in `profile` are sent to Okta (`POST /api/v1/users/{id}`); `sub` and unknown fields are ignored. An empty `cac_edipi` clears it. With `If-Match`, the update happens only if the profile is still at that version.
         */
        post: operations["updateOktaInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An email address; underscore and plus are allowed in the local part.
         * @example john.doe@example.com
         */
        Address: string;
        Error: {
            /** @example Okta could not complete the request. */
            detail: string;
            /** @description The request id, also sent as `X-Request-Id`. */
            instance: string;
            /** @example Bad Gateway */
            title: string;
        };
        /** @description 1 to 50 characters once trimmed; no control characters. */
        Name: string;
        OktaUserProfileData: {
            /**
             * @description The DoD EDIPI; null when the user never set one.
             * @example 1234567890
             */
            cac_edipi: string | null;
            email: components["schemas"]["Address"];
            firstName: components["schemas"]["StoredName"];
            lastName: components["schemas"]["StoredName"];
            login: components["schemas"]["Address"];
            /**
             * @description The Okta user id.
             * @example 00u1f96ECLNVOKVMUSEA
             */
            sub: string;
        };
        /** @description The fields to change; any may be left out. Other properties are allowed but ignored: they are never sent to Okta, and neither is `sub`. */
        OktaUserProfileUpdate: {
            /** @description Exactly 10 digits; null or an empty string clears it. */
            cac_edipi?: string | null;
            email?: components["schemas"]["Address"];
            firstName?: components["schemas"]["Name"];
            lastName?: components["schemas"]["Name"];
            login?: components["schemas"]["Address"];
            /** @description Ignored; the caller is who the access token says. */
            sub?: string;
        };
        /**
         * @description The name Okta holds, up to 50 characters; an empty string when Okta holds none (Okta lets an org make names optional, and this answer never carries null for them).
         * @example John
         */
        StoredName: string;
        UpdateOktaUserProfileData: {
            profile: components["schemas"]["OktaUserProfileUpdate"];
        };
        ValidationError: components["schemas"]["Error"] & {
            /** @description A readable message per field name, using the field's label. */
            invalidFields: {
                [key: string]: string;
            };
        };
    };
    responses: {
        /** @description Okta answered 5xx, reset the connection, or sent an empty or unreadable body. */
        BadGateway: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Bad Gateway",
                 *       "detail": "Okta could not complete the request.",
                 *       "instance": "3f0c5e1e-8f7e-4f5e-9d8e-2b0c1a7d9e1a"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request is malformed: for `POST`, a body that is empty, not JSON, not a JSON object, or without a `profile` object. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Bad Request",
                 *       "detail": "The request body must hold a profile object.",
                 *       "instance": "3f0c5e1e-8f7e-4f5e-9d8e-2b0c1a7d9e10"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Okta refused access to the user (E0000006). */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Forbidden",
                 *       "detail": "You may not read or change this profile.",
                 *       "instance": "3f0c5e1e-8f7e-4f5e-9d8e-2b0c1a7d9e12"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Okta did not answer within the timeout (5 s by default); the call was aborted. */
        GatewayTimeout: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Gateway Timeout",
                 *       "detail": "Okta did not answer in time.",
                 *       "instance": "3f0c5e1e-8f7e-4f5e-9d8e-2b0c1a7d9e1c"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The server failed, or Okta refused the server's own API token (401 E0000011, a configuration fault that is logged as such and never shown to the caller as 401). */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Internal Server Error",
                 *       "detail": "The server could not complete the request.",
                 *       "instance": "3f0c5e1e-8f7e-4f5e-9d8e-2b0c1a7d9e19"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Okta has no user for the token's user id (E0000007). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Not Found",
                 *       "detail": "Okta has no user for this account.",
                 *       "instance": "3f0c5e1e-8f7e-4f5e-9d8e-2b0c1a7d9e13"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is larger than 16 KiB. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Payload Too Large",
                 *       "detail": "The request body is larger than 16 KiB.",
                 *       "instance": "3f0c5e1e-8f7e-4f5e-9d8e-2b0c1a7d9e15"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `If-Match` names a version that is no longer current (Okta refused the stale tag); nothing was written. */
        PreconditionFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Precondition Failed",
                 *       "detail": "The profile changed since it was read; read it again.",
                 *       "instance": "3f0c5e1e-8f7e-4f5e-9d8e-2b0c1a7d9e14"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Okta is rate limiting (429 E0000047); retry after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                /**
                 * @description Seconds until Okta's rate-limit window resets (from `X-Rate-Limit-Reset`).
                 * @example 30
                 */
                "Retry-After"?: number;
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Service Unavailable",
                 *       "detail": "Okta is limiting requests; try again later.",
                 *       "instance": "3f0c5e1e-8f7e-4f5e-9d8e-2b0c1a7d9e1b"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No access token, or one that fails verification (signature, issuer, audience, time). */
        Unauthorized: {
            headers: {
                /**
                 * @description Always a `Bearer` challenge, with `error="invalid_token"` when a token was refused.
                 * @example Bearer realm="okta-profile"
                 */
                "WWW-Authenticate"?: string;
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Unauthorized",
                 *       "detail": "Send an Okta access token as Authorization: Bearer.",
                 *       "instance": "3f0c5e1e-8f7e-4f5e-9d8e-2b0c1a7d9e11"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not `application/json` in UTF-8, or it is compressed. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Unsupported Media Type",
                 *       "detail": "Send the body as application/json in UTF-8.",
                 *       "instance": "3f0c5e1e-8f7e-4f5e-9d8e-2b0c1a7d9e16"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Fields break the rules, found here or by Okta (Okta's 400 E0000001, such as a login that is taken); `invalidFields` gives a readable message per field. */
        ValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description Okta's entity tag for this version of the user; send it back as `If-Match`.
         * @example W/"6c1f0e2a00000003"
         */
        ETag: string;
        /** @description The request id (the caller's, when it is safe to reuse); also the error `instance`. */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    showOktaInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's Okta profile; `ETag` is Okta's tag for this version. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OktaUserProfileData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateOktaInfo: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the version read; a stale tag gives 412 and nothing is written.
                 * @example W/"6c1f0e2a00000003"
                 */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOktaUserProfileData"];
            };
        };
        responses: {
            /** @description The profile as Okta returns it after the update. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OktaUserProfileData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
