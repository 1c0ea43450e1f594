/// <reference path="./s3rver.d.ts" />
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FilesystemStore, KoaContext, KoaMiddleware } from 's3rver';
import { sendError } from './s3-response.ts';

/*
 * s3rver 3.7.1 stores multipart uploads but only implements initiate, upload-part and complete.
 * The minio client needs more than that:
 *  - every multipart upload starts with `GET /bucket?uploads` (ListMultipartUploads) to find an
 *    upload it could resume; s3rver answers 501, so any object over one part failed;
 *  - when it finds one it resumes it with `GET /bucket/key?uploadId=` (ListParts), which s3rver
 *    rejects with 405;
 *  - `DELETE /bucket/key?uploadId=` (AbortMultipartUpload) is how a failed upload is cleaned up;
 *    s3rver answers 405 and keeps the parts on disk forever.
 * Uploads are read straight from s3rver's own on-disk layout
 * (<bucket>/._S3rver_uploads/<uploadId>/{key,metadata,<n>,<n>.md5}) so the shims and s3rver
 * never disagree about which uploads exist.
 *
 * Part uploads and completes are also guarded: s3rver recreates an upload's directory when a
 * part arrives for an aborted (or invented) upload id and trusts `partNumber` as a file name.
 */

const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const OWNER = { ID: '123456789000', DisplayName: 'S3rver' };
// s3rver generates upload ids as 16 random bytes in hex; anything else cannot be one of ours and
// must never reach path.join.
const UPLOAD_ID = /^[0-9a-f]{32}$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const MAX_LIST = 1000;

interface UploadInfo {
  key: string;
  uploadId: string;
  initiated: Date;
}

interface PartInfo {
  partNumber: number;
  etag: string;
  size: number;
  lastModified: Date;
}

interface Target {
  bucket: string;
  /** Undefined for bucket-level requests. */
  key?: string;
}

function sendNoSuchUpload(ctx: KoaContext): void {
  sendError(
    ctx,
    404,
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
  );
}

function queryString(ctx: KoaContext, name: string): string | undefined {
  const value = ctx.query[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseTarget(rawPath: string): Target | undefined {
  const match = /^\/([^/]+)(?:\/(.*))?$/.exec(rawPath);
  if (!match?.[1]) return undefined;
  try {
    const bucket = decodeURIComponent(match[1]);
    const rest = match[2];
    return rest ? { bucket, key: decodeURIComponent(rest) } : { bucket };
  } catch {
    return undefined;
  }
}

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

export function createMultipartShims(store: FilesystemStore): KoaMiddleware {
  // Part uploads still streaming, per upload, so an abort can delete whatever they leave behind
  // once they finish (s3rver writes part files and their .md5 without knowing about aborts).
  const inFlight = new Map<string, { active: number; aborted: boolean }>();

  const uploadsDir = (bucket: string) => store.getResourcePath(bucket, undefined, 'uploads');
  const uploadDir = (bucket: string, uploadId: string) => path.join(uploadsDir(bucket), uploadId);

  async function bucketExists(bucket: string): Promise<boolean> {
    if (!BUCKET.test(bucket) || bucket.includes('..')) return false;
    try {
      return (await stat(store.getBucketPath(bucket))).isDirectory();
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  async function readUpload(bucket: string, uploadId: string): Promise<UploadInfo | undefined> {
    if (!UPLOAD_ID.test(uploadId)) return undefined;
    const keyFile = path.join(uploadDir(bucket, uploadId), 'key');
    try {
      const [key, info] = await Promise.all([readFile(keyFile, 'utf8'), stat(keyFile)]);
      return { key, uploadId, initiated: info.mtime };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async function listUploads(bucket: string): Promise<UploadInfo[]> {
    let ids: string[];
    try {
      ids = await readdir(uploadsDir(bucket));
    } catch (err) {
      if (isNotFound(err)) return [];
      throw err;
    }
    const uploads = await Promise.all(ids.map((id) => readUpload(bucket, id)));
    return uploads
      .filter((u): u is UploadInfo => u !== undefined)
      .sort(
        (a, b) =>
          compare(a.key, b.key) ||
          a.initiated.getTime() - b.initiated.getTime() ||
          compare(a.uploadId, b.uploadId),
      );
  }

  async function listParts(bucket: string, uploadId: string): Promise<PartInfo[]> {
    const dir = uploadDir(bucket, uploadId);
    const names = (await readdir(dir)).filter((name) => /^[1-9][0-9]*$/.test(name));
    const parts = await Promise.all(
      names.map(async (name): Promise<PartInfo | undefined> => {
        try {
          const [info, md5] = await Promise.all([
            stat(path.join(dir, name)),
            readFile(path.join(dir, `${name}.md5`), 'utf8'),
          ]);
          return { partNumber: Number(name), etag: md5.trim(), size: info.size, lastModified: info.mtime };
        } catch (err) {
          // A part whose .md5 is not written yet is still being uploaded: not listed, as on S3.
          if (isNotFound(err)) return undefined;
          throw err;
        }
      }),
    );
    return parts.filter((p): p is PartInfo => p !== undefined).sort((a, b) => a.partNumber - b.partNumber);
  }

  async function handleListUploads(ctx: KoaContext, bucket: string): Promise<void> {
    const prefix = queryString(ctx, 'prefix') ?? '';
    const delimiter = queryString(ctx, 'delimiter') ?? '';
    const keyMarker = queryString(ctx, 'key-marker') ?? '';
    const uploadIdMarker = queryString(ctx, 'upload-id-marker') ?? '';
    const maxUploads = clampMax(queryString(ctx, 'max-uploads'));

    const all = await listUploads(bucket);
    const afterMarker = all.filter((u, i) => {
      if (!keyMarker) return true;
      if (u.key !== keyMarker) return compare(u.key, keyMarker) > 0;
      if (!uploadIdMarker) return false;
      const markerIndex = all.findIndex((m) => m.key === keyMarker && m.uploadId === uploadIdMarker);
      return markerIndex !== -1 && i > markerIndex;
    });

    const uploads: UploadInfo[] = [];
    const commonPrefixes: string[] = [];
    let truncated = false;
    let nextKeyMarker = '';
    let nextUploadIdMarker = '';
    for (const upload of afterMarker) {
      if (!upload.key.startsWith(prefix)) continue;
      const cut = delimiter ? upload.key.indexOf(delimiter, prefix.length) : -1;
      const commonPrefix = cut === -1 ? undefined : upload.key.slice(0, cut + delimiter.length);
      if (commonPrefix !== undefined && commonPrefixes.includes(commonPrefix)) continue;
      if (uploads.length + commonPrefixes.length >= maxUploads) {
        truncated = true;
        break;
      }
      if (commonPrefix !== undefined) {
        commonPrefixes.push(commonPrefix);
        nextKeyMarker = commonPrefix;
        nextUploadIdMarker = '';
      } else {
        uploads.push(upload);
        nextKeyMarker = upload.key;
        nextUploadIdMarker = upload.uploadId;
      }
    }

    ctx.status = 200;
    // A plain object body is serialised to XML by s3rver's own response middleware.
    ctx.body = {
      ListMultipartUploadsResult: {
        '@': { xmlns: S3_XMLNS },
        Bucket: bucket,
        KeyMarker: keyMarker,
        UploadIdMarker: uploadIdMarker,
        ...(truncated ? { NextKeyMarker: nextKeyMarker, NextUploadIdMarker: nextUploadIdMarker } : {}),
        Prefix: prefix,
        ...(delimiter ? { Delimiter: delimiter } : {}),
        MaxUploads: maxUploads,
        IsTruncated: truncated,
        Upload: uploads.map((u) => ({
          Key: u.key,
          UploadId: u.uploadId,
          Initiator: OWNER,
          Owner: OWNER,
          StorageClass: 'STANDARD',
          Initiated: u.initiated.toISOString(),
        })),
        CommonPrefixes: commonPrefixes.map((p) => ({ Prefix: p })),
      },
    };
  }

  async function handleListParts(ctx: KoaContext, target: Required<Target>, upload: UploadInfo) {
    const marker = Number(queryString(ctx, 'part-number-marker') ?? 0) || 0;
    const maxParts = clampMax(queryString(ctx, 'max-parts'));
    const remaining = (await listParts(target.bucket, upload.uploadId)).filter((p) => p.partNumber > marker);
    const page = remaining.slice(0, maxParts);
    const truncated = remaining.length > page.length;
    ctx.status = 200;
    ctx.body = {
      ListPartsResult: {
        '@': { xmlns: S3_XMLNS },
        Bucket: target.bucket,
        Key: target.key,
        UploadId: upload.uploadId,
        Initiator: OWNER,
        Owner: OWNER,
        StorageClass: 'STANDARD',
        PartNumberMarker: marker,
        NextPartNumberMarker: page.at(-1)?.partNumber ?? marker,
        MaxParts: maxParts,
        IsTruncated: truncated,
        Part: page.map((p) => ({
          PartNumber: p.partNumber,
          LastModified: p.lastModified.toISOString(),
          ETag: `"${p.etag}"`,
          Size: p.size,
        })),
      },
    };
  }

  async function handleAbort(ctx: KoaContext, bucket: string, upload: UploadInfo): Promise<void> {
    const id = `${bucket}/${upload.uploadId}`;
    const tracked = inFlight.get(id);
    if (tracked) tracked.aborted = true;
    await rm(uploadDir(bucket, upload.uploadId), { recursive: true, force: true });
    ctx.status = 204;
    ctx.body = null;
  }

  function trackPartUpload(ctx: KoaContext, bucket: string, uploadId: string): { aborted: boolean } {
    const id = `${bucket}/${uploadId}`;
    let tracked = inFlight.get(id);
    if (!tracked) {
      tracked = { active: 0, aborted: false };
      inFlight.set(id, tracked);
    }
    const entry = tracked;
    entry.active += 1;
    ctx.res.once('close', () => {
      entry.active -= 1;
      if (entry.active > 0) return;
      inFlight.delete(id);
      if (entry.aborted) {
        // The part finished writing into a directory the abort had already removed (or
        // recreated it): remove it again so no part of an aborted upload stays on disk.
        rm(uploadDir(bucket, uploadId), { recursive: true, force: true }).catch(() => {});
      }
    });
    return entry;
  }

  return async function multipartShims(ctx, next) {
    const isBucketList = ctx.method === 'GET' && 'uploads' in ctx.query;
    const uploadId = queryString(ctx, 'uploadId');
    if (!isBucketList && uploadId === undefined) return next();

    const target = parseTarget(ctx.path);
    if (!target) return next();

    if (isBucketList && target.key === undefined) {
      if (!(await bucketExists(target.bucket))) {
        return sendError(ctx, 404, 'NoSuchBucket', 'The specified bucket does not exist');
      }
      return handleListUploads(ctx, target.bucket);
    }

    if (uploadId === undefined || target.key === undefined) return next();
    const method = ctx.method;
    if (method !== 'GET' && method !== 'DELETE' && method !== 'PUT' && method !== 'POST') return next();
    // Copying a part from another object (UploadPartCopy) is left to s3rver, which rejects it.
    if (method === 'PUT' && 'x-amz-copy-source' in ctx.headers) return next();

    if (!(await bucketExists(target.bucket))) {
      return sendError(ctx, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    }
    const upload = await readUpload(target.bucket, uploadId);
    if (!upload || upload.key !== target.key) return sendNoSuchUpload(ctx);

    switch (method) {
      case 'GET':
        return handleListParts(ctx, { bucket: target.bucket, key: target.key }, upload);
      case 'DELETE':
        return handleAbort(ctx, target.bucket, upload);
      case 'PUT': {
        const partNumber = queryString(ctx, 'partNumber');
        if (!partNumber || !/^[1-9][0-9]{0,4}$/.test(partNumber) || Number(partNumber) > 10_000) {
          return sendError(
            ctx,
            400,
            'InvalidArgument',
            'Part number must be an integer between 1 and 10000.',
          );
        }
        const tracked = trackPartUpload(ctx, target.bucket, uploadId);
        try {
          return await next();
        } catch (err) {
          // s3rver fails a part whose upload folder vanished mid-write with a 500; S3 answers
          // NoSuchUpload, which tells the client the abort won rather than that the server broke.
          if (!tracked.aborted) throw err;
          return sendNoSuchUpload(ctx);
        }
      }
      default:
        return next();
    }
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clampMax(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_LIST) : MAX_LIST;
}
