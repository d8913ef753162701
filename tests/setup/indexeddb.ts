// A real IndexedDB implementation in memory for unit tests (fake-indexeddb).
// Browser behaviour is checked separately in the Playwright tests.
import 'fake-indexeddb/auto';
