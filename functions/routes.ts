import type { Role } from './shared/auth';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type AccessMode = 'read' | 'readwrite';

/** What a function touches; the CDK stack turns this into environment variables and grants. */
export interface Bindings {
  readonly table?: AccessMode;
  readonly uploadsBucket?: AccessMode;
  /** Publishes to the moderation event bus. */
  readonly events?: true;
  /** Calls Rekognition's image moderation (DetectModerationLabels, DetectText). */
  readonly rekognition?: true;
  /** Runs the text engine: its learned model and its compiled lexicons ship beside the bundle. */
  readonly textEngine?: true;
}

export interface RouteDefinition {
  /** Stable id: the CDK construct id and the name in logs. */
  readonly id: string;
  readonly method: HttpMethod;
  /** API Gateway path syntax: `/v1/decisions/{contentId}`. */
  readonly path: string;
  /** The Lambda entry file, relative to `functions/`; it exports `handler`. */
  readonly entry: string;
  /** `public` skips the JWT authorizer; otherwise a caller needs one of these roles. */
  readonly access: 'public' | readonly Role[];
  readonly bindings: Bindings;
  /** Decodes images: ships sharp's native binary and gets image-sized memory and time. */
  readonly decodesImages?: true;
}

/**
 * THE route table: the CDK stack builds the HTTP API from it and the local gateway serves it, so the
 * two can never disagree about a path, a method or who may call it.
 */
export const ROUTES = [
  {
    id: 'GetHealth',
    method: 'GET',
    path: '/v1/health',
    entry: 'handlers/http/get-health.ts',
    access: 'public',
    bindings: {},
  },
  {
    id: 'CheckText',
    method: 'POST',
    path: '/v1/text-checks',
    entry: 'handlers/http/check-text.ts',
    access: ['service'],
    bindings: { table: 'readwrite', events: true, textEngine: true },
  },
  {
    id: 'CheckImage',
    method: 'POST',
    path: '/v1/image-checks',
    entry: 'handlers/http/check-image.ts',
    access: ['service'],
    bindings: { table: 'readwrite', uploadsBucket: 'readwrite', events: true, rekognition: true, textEngine: true },
    decodesImages: true,
  },
  {
    id: 'GetDecision',
    method: 'GET',
    path: '/v1/decisions/{contentId}',
    entry: 'handlers/http/get-decision.ts',
    access: ['service', 'moderator'],
    bindings: { table: 'read' },
  },
  {
    id: 'GetStanding',
    method: 'GET',
    path: '/v1/accounts/{accountId}/standing',
    entry: 'handlers/http/get-standing.ts',
    access: ['service', 'moderator', 'user'],
    bindings: { table: 'read' },
  },
  {
    id: 'ListAudit',
    method: 'GET',
    path: '/v1/accounts/{accountId}/audit',
    entry: 'handlers/http/list-audit.ts',
    access: ['moderator'],
    bindings: { table: 'read' },
  },
  {
    id: 'TakeAction',
    method: 'POST',
    path: '/v1/accounts/{accountId}/actions',
    entry: 'handlers/http/take-action.ts',
    access: ['moderator'],
    bindings: { table: 'readwrite', events: true },
  },
  {
    id: 'FileAppeal',
    method: 'POST',
    path: '/v1/appeals',
    entry: 'handlers/http/file-appeal.ts',
    access: ['user'],
    bindings: { table: 'readwrite' },
  },
  {
    id: 'ResolveAppeal',
    method: 'POST',
    path: '/v1/appeals/{appealId}/resolution',
    entry: 'handlers/http/resolve-appeal.ts',
    access: ['moderator'],
    bindings: { table: 'readwrite', events: true },
  },
  {
    id: 'SubmitReport',
    method: 'POST',
    path: '/v1/reports',
    entry: 'handlers/http/submit-report.ts',
    access: ['user'],
    bindings: { table: 'readwrite', events: true },
  },
  {
    id: 'ListReviewQueue',
    method: 'GET',
    path: '/v1/review-queue',
    entry: 'handlers/http/list-review-queue.ts',
    access: ['moderator'],
    bindings: { table: 'read' },
  },
  {
    id: 'ClaimReviewItem',
    method: 'POST',
    path: '/v1/review-queue/{itemId}/claim',
    entry: 'handlers/http/claim-review-item.ts',
    access: ['moderator'],
    bindings: { table: 'readwrite' },
  },
  {
    id: 'ResolveReviewItem',
    method: 'POST',
    path: '/v1/review-queue/{itemId}/resolution',
    entry: 'handlers/http/resolve-review-item.ts',
    access: ['moderator'],
    bindings: { table: 'readwrite', events: true },
  },
  {
    id: 'LinkAccount',
    method: 'POST',
    path: '/v1/accounts/{accountId}/links',
    entry: 'handlers/http/link-account.ts',
    access: ['service'],
    bindings: { table: 'readwrite', events: true },
  },
] as const satisfies readonly RouteDefinition[];

export type RouteId = (typeof ROUTES)[number]['id'];

/** Looks a route up by id; the id is a compile-time literal, so a miss is a programming error. */
export const routeById = (id: RouteId): RouteDefinition => {
  const route = ROUTES.find((candidate) => candidate.id === id);
  if (route === undefined) throw new Error(`unknown route ${id}`);
  return route;
};

/** The image-check Lambda is fed by the uploads queue, not by a route. */
export const IMAGE_UPLOADED_ENTRY = 'handlers/events/image-uploaded.ts';
export const IMAGE_UPLOADED_BINDINGS = { table: 'readwrite', uploadsBucket: 'readwrite', events: true, rekognition: true, textEngine: true } as const satisfies Bindings;
/** Only objects under this prefix are checked; the app uploads here. */
export const UPLOADS_PREFIX = 'uploads/';
/** Blocked uploads are kept here for moderators and appeals; the bucket policy keeps everyone else out. */
export const QUARANTINE_PREFIX = 'quarantine/';
