export { pdfText } from './read.ts';
export { textPdf } from './write.ts';
