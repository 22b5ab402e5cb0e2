import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The editor mounts a rich-text editor per long-text field: on a loaded 2-core machine its first
// render can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
