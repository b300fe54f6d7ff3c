// The declarations Slidev's client needs to be type-checked, as the kit keeps them.
/// <reference types="slidev-addon-talk-kit/client-env" />
