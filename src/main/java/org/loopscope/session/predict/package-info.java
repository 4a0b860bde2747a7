/**
 * Predict, then reveal: questions about what a recorded run does next ("which task runs next?", "what prints
 * next?"), their answers read from the trace, and one plain sentence explaining the answer, in the three languages
 * of the bundle {@code Prediction}. The UI asks a {@link org.loopscope.session.view.RunController} for the question
 * at its cursor and steps to the question's reveal position to show the answer.
 */
package org.loopscope.session.predict;
