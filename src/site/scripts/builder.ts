/** The handbook builder's script (src/pages/[...lang]/build/index.astro). */
import { startBuilderPage } from '../builder/builder-page.ts';

void startBuilderPage();
