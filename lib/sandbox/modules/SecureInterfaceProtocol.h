// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * @file
 * @brief The practice sandbox's secure interface: a small JSON protocol standing in for the web
 * page (the service's `certifiedInterfaceUrl`, e.g. `https://pcc-198-51-100-7.ovh.de/secure/`), served by DedicatedCloudModule and spoken by the client's
 * EmbeddedSecureInterface. This comment is the contract (protocol version 1).
 *
 * ## Transport
 * - Base URL: `<sandbox base>/site/<PCC FQDN>/secure/`, the path of the published
 *   `certifiedInterfaceUrl` under the sandbox (StageContext::secureInterfaceBase(), final `/`
 *   included); `<sandbox base>/secure/<serviceName>/` answers the same. Paths below are relative.
 * - Requests and answers are JSON (`Content-Type: application/json`), UTF-8. No API signature,
 *   no consumer key: like the real page, the only gate is the caller's address.
 * - Codes, passwords and tokens travel in request bodies only, never in URLs.
 * - Every route answers **403 `ADDRESS_NOT_ALLOWED`** when the caller's (simulated) address is
 *   not inside one of the service's allowed networks (a network counts once its creation task is
 *   done). The answer carries `clientAddress`.
 * - Errors: HTTP status + `{"class":"Client::…","message":"<English, for logs>",
 *   "errorCode":"<CODE>", …extra fields}`. Clients map `errorCode` to their own translated text.
 *   Status 460 (OVH's ResourceExpired) means "expired: start again".
 * - Faults: latency only (no 5xx, no drops), as for the real page.
 *
 * ## Reachability
 * `GET ` (the base itself) → 200 `{"serviceName":"pcc-192-0-2-1","clientAddress":"203.0.113.7",
 * "protocol":1}`.
 *
 * ## Password lost (define the password and enrol 2FA), for one user
 * 1. `POST password-lost` `{"login":"admin"[, "email":"…", "phoneNumber":"+33.612345678"]}`
 *    → 200 `{"session":"<opaque>","step":"codes","smsTo":"+33.6•••••678",
 *    "emailTo":"c•••@example.com","expiresAt":"<ISO, sandbox time>"}`.
 *    An SMS (6-digit code) and an e-mail (6-digit code) go to the user's phone and address (the
 *    outbox). The optional email/phoneNumber, when given, must match the user's (as the web form
 *    asks). Starting again replaces the user's previous session and codes.
 *    Errors: 404 UNKNOWN_USER; 400 USER_INCOMPLETE (no phone or e-mail: set them with
 *    changeProperties first; `missing`: ["phoneNumber","email"]); 400 NOT_TOKEN_VALIDATOR
 *    (the user lacks the token-validator right, as on OVHcloud); 400 USER_INFO_MISMATCH.
 * 2. `POST password-lost/codes` `{"session":"…","smsCode":"123456","emailCode":"654321"}`
 *    → 200 `{"step":"password","passwordPolicy":{…GET …/passwordPolicy…}}`.
 *    Errors: 400 WRONG_SMS_CODE | WRONG_EMAIL_CODE | WRONG_CODES (both), with `attemptsLeft`;
 *    after 5 wrong attempts 400 TOO_MANY_ATTEMPTS (session closed: start again).
 * 3. `POST password-lost/password` `{"session":"…","password":"…"}`
 *    → 200 `{"step":"totp","otpauthUri":"otpauth://totp/OVHcloud:admin%40pcc-192-0-2-1?secret=
 *    <uppercase Base32, no padding>&issuer=OVHcloud&algorithm=SHA1&digits=6&period=30"}`.
 *    Errors: 400 PASSWORD_POLICY with `unmet`: names of the rules not met, among minLength,
 *    maxLength, deniedChars, printable, letterMandatory, digitMandatory, specialMandatory,
 *    uppercaseLetterMandatory, lowercaseLetterMandatory. Allowed again while the step is
 *    "totp" (new password, new secret: the previous URI is void).
 * 4. `POST password-lost/totp` `{"session":"…","code":"123456"}` → 200 `{"step":"enabled",
 *    "login":"admin"}`: password and TOTP secret are saved and the user's activationState
 *    becomes "enabled". The code is checked at ±1 step of 30 s against real time.
 *    Errors: 400 WRONG_TOTP_CODE with `attemptsLeft`; 400 TOO_MANY_ATTEMPTS.
 * - `POST password-lost/cancel` `{"session":"…"}` → 200 `{"step":"idle"}` (unknown sessions too).
 * Errors common to 2–4: 400 MISSING_PARAMETER; 404 UNKNOWN_SESSION; 460 SESSION_EXPIRED (15
 * minutes of sandbox time after step 1); 409 WRONG_STEP with `step` (the session's step).
 *
 * ## Operation validation (the 15-minute SMS token)
 * - `GET operation-validation?task=<id>` ("Load operation") → 200 `{"task":<id>,
 *   "name":"testTokenValidation","state":"doing","expiresAt":"<ISO>","serviceName":"…"}`.
 * - `POST operation-validation` `{"task":<id>,"token":"123456"}` ("Confirm operation") → 200
 *   `{"task":<id>,"state":"done"}`: the task is done at once and a confirmation SMS follows.
 *   Errors: 400 MISSING_PARAMETER; 404 UNKNOWN_OPERATION (no such task needing a token on this
 *   service); 460 TOKEN_EXPIRED ("the token has expired: the operation was canceled after 15
 *   minutes"); 409 OPERATION_FINISHED (already validated or canceled; `state`); 400 WRONG_TOKEN.
 *   `task` may be a number or a numeric string; the token may contain spaces.
 */
