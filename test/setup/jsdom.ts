import '@testing-library/jest-dom/vitest';
import './jsdomStyles';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * A `findBy…` or `waitFor` ends as soon as what it waits for is on screen; Testing Library's own default gives up after
 * one second, which a busy two-core machine can spend on one render. The only bound is the test's budget (10 s, in
 * vitest.config.ts), so load makes a test slower, never red, and what never appears still fails the test.
 */
configure({ asyncUtilTimeout: 8_000 });

afterEach(() => cleanup());
