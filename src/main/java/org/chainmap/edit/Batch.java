package org.chainmap.edit;

/**
 * A command that does, in one plan, what several commands one after another would: {@link PutEnterprises},
 * {@link PutLinks}. A {@link Compound} of one batch of several is named as the compound, not as the batch.
 */
interface Batch extends Command {

    /** How many commands this batch stands for. */
    int size();
}
