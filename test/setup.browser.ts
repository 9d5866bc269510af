import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../src/components/styles.css';

afterEach(() => {
  cleanup();
});
