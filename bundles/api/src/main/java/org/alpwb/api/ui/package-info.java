/**
 * The desktop workbench's contracts (whiteboard services, issue 13).
 * <p>
 * A bundle contributes a view by registering a {@link org.alpwb.api.ui.ViewContribution} service with
 * {@code alpwb.id} (stable view id, used in saved layouts), {@code alpwb.label} and {@code alpwb.view.area}
 * ({@code navigator}, {@code editor}, {@code bottom} or {@code right}). The workbench owns one docking slot per
 * view id: when the contributing bundle arrives its view fills the slot, when it leaves the view is disposed
 * and the slot shows "<label>: plugin not available", so saved layouts never name a missing dockable.
 * {@link org.alpwb.api.ui.PerspectiveContribution}s are named default layouts, an
 * {@link org.alpwb.api.ui.EditorContribution} opens a file of a content type, and an
 * {@link org.alpwb.api.ui.ArtifactChartContribution} turns a task's artifact into charts. All views share one
 * {@link org.alpwb.api.ui.StudySession}: the study that is open, its plan, its task states and the selection.
 * Everything in a view runs on the Swing event thread; long work goes to {@link StudySession#background()}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.ui;
