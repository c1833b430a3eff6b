/** The messages of an attachment field, the same in the browser (components/attachments.tsx) and from the server (uploads.server.ts). */
export const NO_FILE_MESSAGE = 'Kies een bestand.'
export const TOO_LARGE_MESSAGE = 'Het bestand is groter dan 10 MB. Kies een kleiner bestand.'
