// Test ports differ from `npm start` (12111 / 5173) so a running demo does not clash with the browser tests.
export const e2eEmulatorPort = 12112;
export const e2eDemoPort = 5174;
export const e2eDemoUrl = `http://127.0.0.1:${e2eDemoPort}/`;
