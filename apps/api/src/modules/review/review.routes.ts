import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AdmissibilityBody,
  AnswerSupplementBody,
  ApplicationDetailSchema,
  DecideBody,
  IdParams,
  IfMatchHeaders,
  RequestSupplementBody,
  SupplementParams,
} from '@loket/contracts';
import { ifMatchVersion } from '../../http/if-match.ts';
import { problemResponses, standardProblems } from '../../http/problem-responses.ts';
import type { ReviewService } from './review.service.ts';

const response = { 200: ApplicationDetailSchema, ...standardProblems };
const tags = ['review'];

export const reviewRoutes: FastifyPluginAsyncTypebox<{ review: ReviewService }> = async (app, { review }) => {
  app.post(
    '/applications/:id/supplement-requests',
    {
      schema: {
        tags,
        summary: 'Ask the applicant for documents or answers (pauses the legal clock)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: RequestSupplementBody,
        response,
      },
    },
    (request) =>
      review.requestSupplement(
        request.actor,
        request.params.id,
        request.body,
        ifMatchVersion(request.headers),
      ),
  );

  app.post(
    '/applications/:id/supplement-requests/:requestId/answer',
    {
      schema: {
        tags,
        summary: 'Answer an open supplement request once the requested documents are uploaded',
        params: SupplementParams,
        headers: IfMatchHeaders,
        body: AnswerSupplementBody,
        response: { ...response, ...problemResponses(422) },
      },
    },
    (request) =>
      review.answerSupplement(
        request.actor,
        request.params.id,
        request.params.requestId,
        request.body,
        ifMatchVersion(request.headers),
      ),
  );

  app.post(
    '/applications/:id/admissibility',
    {
      schema: {
        tags,
        summary: 'Declare a submitted application admissible (shares it with the residence service) or not',
        params: IdParams,
        headers: IfMatchHeaders,
        body: AdmissibilityBody,
        response,
      },
    },
    (request) =>
      review.decideAdmissibility(
        request.actor,
        request.params.id,
        request.body,
        ifMatchVersion(request.headers),
      ),
  );

  app.post(
    '/applications/:id/work-decision',
    {
      schema: {
        tags,
        summary: 'Decide the work part',
        params: IdParams,
        headers: IfMatchHeaders,
        body: DecideBody,
        response,
      },
    },
    (request) =>
      review.decideWorkPart(request.actor, request.params.id, request.body, ifMatchVersion(request.headers)),
  );

  app.post(
    '/applications/:id/residence-decision',
    {
      schema: {
        tags,
        summary: 'Decide the residence part',
        params: IdParams,
        headers: IfMatchHeaders,
        body: DecideBody,
        response,
      },
    },
    (request) =>
      review.decideResidencePart(
        request.actor,
        request.params.id,
        request.body,
        ifMatchVersion(request.headers),
      ),
  );
};
