/**
 * An example vendor rule pack to copy: one class per rule, texts in {@code messages.properties}, registered in
 * {@code plugin.xml} (workbench) and {@code META-INF/services} (command line {@code --rules}, server). See
 * {@code docs/write-a-rule-pack.md}.
 *
 * <ul>
 * <li>{@link org.dovetail.rules.example.FourEyesRule}: an approval that needs two or more approvers, completed by a
 * transition that records no approval or whose permission one system role holds.</li>
 * <li>{@link org.dovetail.rules.example.SapCustomRoleRule}: a custom SAP role (Z_, Y_) that both creates and posts or
 * approves.</li>
 * </ul>
 */
package org.dovetail.rules.example;
