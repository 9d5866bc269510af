import { setProjectAnnotations } from '@storybook/react-vite';
import * as preview from '../../.storybook/preview';

setProjectAnnotations([preview]);

// Screenshots hold still: no animation, no transition, no blinking caret, no dev panel.
const still = document.createElement('style');
still.textContent = `
  *, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }
  .fake-panel { display: none !important; }
`;
document.head.append(still);
