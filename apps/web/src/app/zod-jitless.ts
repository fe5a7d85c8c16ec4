import { z } from 'zod';

// The server's Content-Security-Policy has no 'unsafe-eval'. Zod probes for it with `new Function`,
// and chromium reports the refused probe as a CSP violation even though zod catches it; jitless
// skips the probe and parses with the same interpreter the refusal would have led to.
z.config({ jitless: true });
