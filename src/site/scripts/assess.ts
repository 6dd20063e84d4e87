/** The self-assessment page's script (src/pages/[...lang]/assess/index.astro). */
import { startAssessmentPage } from '../assess/assess-page.ts';

startAssessmentPage();
