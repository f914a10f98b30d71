package org.regdraft.cli;

/** A command whose options and parameters are declared in code ({@link Declaration}). */
interface Declared {
  /** Declares this command's options and parameters, and takes its parent ({@link Declaration#main}). */
  void declare(Declaration d);
}
