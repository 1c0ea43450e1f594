export {
  ObjectNotFoundError,
  ObjectTooLargeError,
  StorageError,
  StorageUnavailableError,
  UploadAbortedError,
} from './errors.ts';
export {
  createMultipartStore,
  type IncompleteUpload,
  type MultipartStore,
  type UploadedPart,
} from './multipart.ts';
export {
  type ByteRange,
  createObjectStore,
  type ListedObject,
  type ObjectInfo,
  type ObjectStore,
  type ObjectStoreConfig,
  type PutStreamOptions,
  type PutStreamResult,
} from './object-store.ts';
