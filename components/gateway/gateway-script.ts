// The Gateway's only script, written inline into each page (a few hundred bytes, no framework):
// every form already works without it. It keeps a second tap from sending a form twice (the
// button says its `data-wait` words meanwhile; a page restored from the back-forward cache is
// reset), and reloads a page marked `data-auto-refresh` every 3 s while it is visible, at most 40
// times in a row.
export const GATEWAY_SCRIPT = `(function(){
document.addEventListener("submit",function(e){var f=e.target;if(f.hasAttribute("data-sent")){e.preventDefault();return}
f.setAttribute("data-sent","");var b=e.submitter;if(b&&b.getAttribute("data-wait")){b.setAttribute("aria-disabled","true");b.textContent=b.getAttribute("data-wait")}});
addEventListener("pageshow",function(e){if(e.persisted)location.reload()});
if(!document.querySelector("[data-auto-refresh]")){sessionStorage.removeItem("lx-refresh");return}
var n=+(sessionStorage.getItem("lx-refresh")||0);if(n>=40)return;
setInterval(function(){if(document.visibilityState==="visible"){sessionStorage.setItem("lx-refresh",n+1);location.reload()}},3000)})()`;
