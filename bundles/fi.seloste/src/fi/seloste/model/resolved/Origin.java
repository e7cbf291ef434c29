package fi.seloste.model.resolved;

/**
 * Where the notice states a fact that applies to a purpose: on the purpose itself, on a data category
 * it uses, on its register, or for the whole notice. Outputs say so when a fact is not the purpose's
 * own (a recipient of the register as a whole is not claimed for any one purpose).
 */
public enum Origin {
	PURPOSE, CATEGORY, REGISTER, NOTICE
}
