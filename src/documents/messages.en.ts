import type { DocumentMessages } from './messages.types';
import { kindName } from './kind-names';

export const EN_DOCUMENT_MESSAGES: DocumentMessages = {
  issues: {
    empty: () => 'This file is empty. Choose the photo or scan again.',
    unsupported_type: () => 'This file isn’t a JPG, PNG or PDF. Choose a photo or a PDF scan.',
    truncated: (issue) =>
      `This ${kindName(issue.kind)} file is incomplete, perhaps from an interrupted download. Save or take it again.`,
    too_large: () => 'This file is larger than 10 MB. Choose a smaller file.',
    too_many_pixels: (issue) =>
      `This image is ${issue.width} × ${issue.height} pixels; the limit is ${issue.maxSide} × ${issue.maxSide}. Choose a smaller image.`,
    undecodable: () => 'This image can’t be read. Take the photo again or choose another file.',
  },
  uploadFailures: {
    offline: 'The upload didn’t go through. Check your connection, then try again.',
    unavailable: 'The upload service is busy. Try again in a moment.',
    refused: 'This file was refused. Choose another photo or scan.',
    configuration: 'Files can’t be uploaded here right now. Please contact the site.',
  },
  photoHint: 'Use a sharp colour photo or scan with all four corners visible and no glare.',
  accepted: 'JPG, PNG or PDF, up to 10 MB.',
  chooseFile: 'Choose file',
  chooseFiles: 'Choose files',
  replaceFile: 'Replace file',
  addFile: 'Add another file',
  takePhoto: 'Take photo',
  dropOrPaste: 'or drop or paste it here',
  dropNow: 'Drop the file to upload it',
  cancel: 'Cancel upload',
  retry: 'Try again',
  remove: 'Remove file',
  checking: 'Checking the file…',
  uploading: (percent) => `Uploading… ${percent}%`,
  awaitingConfirmation: 'Sent. Waiting for confirmation…',
  uploaded: 'Uploaded',
  downscaled: 'The photo was larger than allowed, so a smaller copy was uploaded.',
  cancelled: 'Upload cancelled.',
  removed: 'File removed.',
  progressLabel: (fieldLabel) => `Upload progress: ${fieldLabel}`,
  previewAlt: (fieldLabel) => `Preview: ${fieldLabel}`,
  fileSummary: (kind, size) => `${kindName(kind)}, ${size}`,
  uploadedEarlier: 'Uploaded earlier',
  valueMissing: 'Add a file.',
  stillUploading: 'Wait for the upload to finish.',
  onlyOneFile: 'Only the first file was used: this field takes one file.',
};
