/** GNU/System V {@code ar} archives: members sliced out of the mapped archive, long names resolved. */
package dev.rvcm.relocs.ar;
