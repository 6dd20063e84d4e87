/** The staffing calculator's script (src/pages/[...lang]/tools/staffing/index.astro). */
import { startStaffingPage } from '../staffing/staffing-page.ts';

startStaffingPage();
