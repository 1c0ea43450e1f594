import { ApiError } from './problem.ts';

/** How a file can be shown on the page: a PDF in the browser's viewer, an image as an image. */
export type ViewKind = 'pdf' | 'image';

const imageTypes = new Set(['image/png', 'image/jpeg']);

/** Which inline view a media type gets; undefined when it can only be downloaded. */
export function viewKindOf(mediaType: string): ViewKind | undefined {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/pdf') return 'pdf';
  return imageTypes.has(type) ? 'image' : undefined;
}

/**
 * Why a file cannot be shown: still being scanned (the API's 409 `document_not_scanned`), blocked
 * because a virus was found (`document_infected`), or another problem to show as it is.
 */
export type ViewerBlock = 'scanning' | 'infected' | 'problem';

export function viewerBlockOf(error: unknown): ViewerBlock {
  if (error instanceof ApiError) {
    if (error.code === 'document_not_scanned') return 'scanning';
    if (error.code === 'document_infected') return 'infected';
  }
  return 'problem';
}
