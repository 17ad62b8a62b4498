/**
 * UI-test support on plain SWT, JFace and workbench APIs (SWTBot is not on Maven Central): {@link
 * org.dovetail.ui.testing.UiWait} spins the event loop until a condition holds or jobs end, {@link
 * org.dovetail.ui.testing.Widgets} finds controls by label, type or tooltip, {@link org.dovetail.ui.testing.UiActions}
 * clicks, types, opens menus and context menus, expands tree items and drags by posted SWT events, and
 * {@link org.dovetail.ui.testing.ScreenshotOnFailure} saves a screenshot when a test fails. All of it runs in the UI
 * thread (tests run with {@code useUIThread}).
 */
package org.dovetail.ui.testing;
