// Every TypeORM entity, listed explicitly (no file globs: they break under Jest's ESM loader).
import { User } from '../users/user.entity.js';

export const ENTITIES = [User];
