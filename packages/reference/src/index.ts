/** The oracle: a deliberately naive implementation of the argmin contract. */
export {};
