/** The printable playbook's script (src/pages/[...lang]/print/index.astro): see print-page.ts. */
import '../print/print-page.ts';
