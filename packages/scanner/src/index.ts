export {
  type ClamdScannerOptions,
  createClamdScanner,
  parseScanReply,
  type Scanner,
  type ScanResult,
} from './clamd.ts';
export { ScannerError, ScannerProtocolError, ScannerUnavailableError, ScanSizeLimitError } from './errors.ts';
