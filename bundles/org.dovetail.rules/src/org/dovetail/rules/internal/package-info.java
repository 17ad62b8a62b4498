/** The engine's machinery (indexes, reporter, time limits, contribution loading); not API. */
package org.dovetail.rules.internal;
