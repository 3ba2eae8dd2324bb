import { NavLink } from 'react-router';

/** The admin sections, as tabs under the page heading. */
export function AdminNav() {
  return (
    <nav aria-label="Admin sections" className="tab-links">
      <NavLink to="/admin/categories">Categories</NavLink>
      <NavLink to="/admin/reputation">Reputation rules</NavLink>
      <NavLink to="/admin/webcare">Webcare teams and SLAs</NavLink>
    </nav>
  );
}
