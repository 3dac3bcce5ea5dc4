// Generated from contracts/okta-users-api.yaml by `npm run generate` (openapi-typescript).
// Do not edit: change the document and run the command again.
export interface paths {
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's request id, sent so logs on both sides can be joined. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description An Okta user id, or a URL-encoded login. */
                id: string;
            };
            cookie?: never;
        };
        /** Retrieve a user */
        get: operations["getUser"];
        /** Replace a user (attributes not sent are removed) */
        put: operations["replaceUser"];
        /** Update a user (partial update) */
        post: operations["updateUser"];
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
        Error: {
            errorCauses?: components["schemas"]["ErrorCause"][];
            /** @description Okta's code for this kind of error. */
            errorCode?: string;
            /** @description A unique id Okta Support can trace. */
            errorId?: string;
            errorLink?: string;
            /** @description What went wrong; may name the field. */
            errorSummary?: string;
        };
        ErrorCause: {
            errorSummary?: string;
        };
        HrefObject: {
            hints?: {
                allow?: ("DELETE" | "GET" | "POST" | "PUT")[];
            };
            href: string;
        } & {
            [key: string]: unknown;
        };
        UpdateUserRequest: {
            credentials?: components["schemas"]["UserCredentials"];
            profile?: components["schemas"]["UserProfile"];
        };
        User: {
            readonly _links?: {
                self?: components["schemas"]["HrefObject"];
            } & {
                [key: string]: components["schemas"]["HrefObject"];
            };
            /** Format: date-time */
            readonly activated?: string | null;
            /** Format: date-time */
            readonly created?: string;
            credentials?: components["schemas"]["UserCredentials"];
            readonly id?: string;
            /** Format: date-time */
            readonly lastLogin?: string | null;
            /** Format: date-time */
            readonly lastUpdated?: string;
            /** Format: date-time */
            readonly passwordChanged?: string | null;
            profile?: components["schemas"]["UserProfile"];
            status?: components["schemas"]["UserStatus"];
            /** Format: date-time */
            readonly statusChanged?: string | null;
            type?: {
                id?: string;
            };
        };
        UserCredentials: {
            password?: {
                /** Format: password */
                value?: string;
            };
            provider?: {
                name?: string;
                /** @enum {string} */
                type?: "ACTIVE_DIRECTORY" | "FEDERATION" | "IMPORT" | "LDAP" | "OKTA" | "SOCIAL";
            };
        };
        UserProfile: {
            /** @description The org's custom attribute; absent from `profile` when never set. */
            cac_edipi?: string | null;
            /** Format: email */
            email?: string;
            firstName?: string | null;
            lastName?: string | null;
            login?: string;
            mobilePhone?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @enum {string} */
        UserStatus: "ACTIVE" | "DEPROVISIONED" | "LOCKED_OUT" | "PASSWORD_EXPIRED" | "PROVISIONED" | "RECOVERY" | "STAGED" | "SUSPENDED";
    };
    responses: {
        /** @description Access denied (E0000006). */
        AccessDenied403: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["X-Rate-Limit-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                "X-Rate-Limit-Reset": components["headers"]["X-Rate-Limit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Okta failed (E0000009). */
        InternalError500: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["X-Rate-Limit-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                "X-Rate-Limit-Reset": components["headers"]["X-Rate-Limit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The SSWS API token was refused (E0000011). */
        InvalidToken401: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["X-Rate-Limit-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                "X-Rate-Limit-Reset": components["headers"]["X-Rate-Limit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such user (E0000007). */
        NotFound404: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["X-Rate-Limit-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                "X-Rate-Limit-Reset": components["headers"]["X-Rate-Limit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `If-Match` names a version that is no longer current; nothing was written. Okta documents no status for this, nor a body; HTTP's answer is 412, with an Okta error body. */
        PreconditionFailed412: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["X-Rate-Limit-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                "X-Rate-Limit-Reset": components["headers"]["X-Rate-Limit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited (E0000047); retry after `X-Rate-Limit-Reset`. */
        TooManyRequests429: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["X-Rate-Limit-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                "X-Rate-Limit-Reset": components["headers"]["X-Rate-Limit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Success */
        UserUpdated200: {
            headers: {
                ETag: components["headers"]["ETag"];
                "X-Rate-Limit-Limit": components["headers"]["X-Rate-Limit-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                "X-Rate-Limit-Reset": components["headers"]["X-Rate-Limit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["User"];
            };
        };
        /** @description Validation failed (E0000001; causes are `field: message`) or a malformed body (E0000003). */
        ValidationFailed400: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["X-Rate-Limit-Limit"];
                "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                "X-Rate-Limit-Reset": components["headers"]["X-Rate-Limit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The ETag of the user's expected current state; a stale one answers 412. */
        IfMatch: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description An entity tag for this version of the user.
         * @example W/"1234567890abcdef"
         */
        ETag: string;
        /**
         * @description Requests allowed in the current window for this endpoint.
         * @example 600
         */
        "X-Rate-Limit-Limit": number;
        /**
         * @description Requests left in the current window.
         * @example 599
         */
        "X-Rate-Limit-Remaining": number;
        /**
         * @description When the window resets, in UTC epoch seconds.
         * @example 1780128000
         */
        "X-Rate-Limit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's request id, sent so logs on both sides can be joined. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description An Okta user id, or a URL-encoded login. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Rate-Limit-Limit": components["headers"]["X-Rate-Limit-Limit"];
                    "X-Rate-Limit-Remaining": components["headers"]["X-Rate-Limit-Remaining"];
                    "X-Rate-Limit-Reset": components["headers"]["X-Rate-Limit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["InvalidToken401"];
            403: components["responses"]["AccessDenied403"];
            404: components["responses"]["NotFound404"];
            429: components["responses"]["TooManyRequests429"];
            500: components["responses"]["InternalError500"];
        };
    };
    replaceUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the user's expected current state; a stale one answers 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description The caller's request id, sent so logs on both sides can be joined. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description An Okta user id, or a URL-encoded login. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            200: components["responses"]["UserUpdated200"];
            400: components["responses"]["ValidationFailed400"];
            401: components["responses"]["InvalidToken401"];
            403: components["responses"]["AccessDenied403"];
            404: components["responses"]["NotFound404"];
            412: components["responses"]["PreconditionFailed412"];
            429: components["responses"]["TooManyRequests429"];
            500: components["responses"]["InternalError500"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the user's expected current state; a stale one answers 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description The caller's request id, sent so logs on both sides can be joined. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description An Okta user id, or a URL-encoded login. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            200: components["responses"]["UserUpdated200"];
            400: components["responses"]["ValidationFailed400"];
            401: components["responses"]["InvalidToken401"];
            403: components["responses"]["AccessDenied403"];
            404: components["responses"]["NotFound404"];
            412: components["responses"]["PreconditionFailed412"];
            429: components["responses"]["TooManyRequests429"];
            500: components["responses"]["InternalError500"];
        };
    };
}
