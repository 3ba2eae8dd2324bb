import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../common/auth/actor.js';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar' }) email: string;
  @Column({ name: 'display_name', type: 'varchar' }) displayName: string;
  @Column({ name: 'password_hash', type: 'text', select: false }) passwordHash: string;
  @Column({ type: 'enum', enum: ['MEMBER', 'STAFF', 'ADMIN'], enumName: 'user_role' }) role: Role;
  @Column({ type: 'integer', insert: false, update: false }) reputation: number;
  @Column({ type: 'varchar' }) bio: string;
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true }) suspendedUntil: Date | null;
  @Column({ name: 'suspension_reason', type: 'varchar', nullable: true }) suspensionReason: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
