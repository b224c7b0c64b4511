;;; emacs-client.el --- drive govlint's language server from Emacs 28 + Eglot (Debian's elpa-eglot)  -*- lexical-binding: t -*-
;; Run as: emacs --batch -Q -l emacs-client.el
;; Loads the Emacs setup of docs/editors.md (GOVLINT_SETUP) as a user's init file would, opens a
;; document, and lets Eglot start the server the setup names (`govlint lsp`, on the PATH).
;; Inputs (environment): GOVLINT_SETUP, GOVLINT_ROOT, GOVLINT_FILE, GOVLINT_OUT, GOVLINT_WRONG_ID,
;; GOVLINT_RIGHT_ID, GOVLINT_ELPA (Debian's elpa folder). Writes a JSON result; the test asserts on it.
(require 'package)
(add-to-list 'package-directory-list (or (getenv "GOVLINT_ELPA") "/usr/share/emacs/site-lisp/elpa"))
(package-initialize)
(require 'json)
(require 'flymake)
(require 'cl-lib)
(require 'seq)

(defvar govlint-result (list (cons 'steps nil)))
(defvar govlint-started (float-time))
(defun govlint-ms () (round (* 1000 (- (float-time) govlint-started))))
(defun govlint-step (name alist)
  (push (cons name (cons (cons 'ms (govlint-ms)) alist)) (alist-get 'steps govlint-result)))
(defun govlint-finish ()
  (with-temp-file (getenv "GOVLINT_OUT")
    (insert (json-encode govlint-result)))
  (kill-emacs 0))

;; A markdown-mode stub: Eglot only needs a major mode to manage.
(define-derived-mode markdown-mode text-mode "Markdown")
(add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))

(let* ((root (file-name-as-directory (getenv "GOVLINT_ROOT")))
       (wrong (getenv "GOVLINT_WRONG_ID"))
       (right (getenv "GOVLINT_RIGHT_ID"))
       (timeout 30))
  (condition-case err
      (progn
        ;; The page's setup, as an init file runs it (Eglot itself is loaded by its autoloads).
        (load (getenv "GOVLINT_SETUP") nil t)
        ;; project.el finds a project by its version control; the copied workspace has none, so say where it is.
        (setq project-find-functions (list (lambda (_dir) (cons 'transient root))))
        (find-file (expand-file-name (getenv "GOVLINT_FILE") root))
        ;; eglot-ensure connects after the command that opened the file; batch Emacs runs no command loop.
        (run-hooks 'post-command-hook)
        (let ((server (eglot-current-server)))
          (govlint-step 'attach `((ok . ,(if server t :json-false))
                                  (mode . ,(symbol-name major-mode))
                                  (command . ,(vconcat (and server (process-command (jsonrpc--process server)))))
                                  (program . ,(vconcat (cdr (assq 'markdown-mode eglot-server-programs)))))))
        (let ((deadline (+ (float-time) timeout)) found)
          ;; Diagnostics: Eglot hands them to Flymake; start Flymake by hand (batch has no idle timers).
          (while (and (not found) (< (float-time) deadline))
            (accept-process-output nil 0.1)
            (flymake-start)
            (setq found (seq-find (lambda (d) (string-match-p (regexp-quote wrong) (flymake-diagnostic-text d)))
                                  (flymake-diagnostics))))
          (govlint-step 'diagnostics
                        `((ok . ,(if found t :json-false))
                          (texts . ,(vconcat (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
                          (line . ,(if found (line-number-at-pos (flymake-diagnostic-beg found)) 0)))))
        ;; Quick fix through Eglot: the code action offering the suggested id, chosen as a user would
        ;; in the completion prompt, the edit applied by Eglot.
        (goto-char (point-min))
        (search-forward wrong)
        (let* ((beg (match-beginning 0)) (end (match-end 0)) offered chosen)
          ;; A keyboard event (not a mouse one), so Eglot asks through completing-read.
          (cl-letf (((symbol-value 'last-nonmenu-event) ?\r)
                    ((symbol-function 'completing-read)
                     (lambda (_prompt collection &rest _)
                       (setq offered (all-completions "" collection))
                       (setq chosen (seq-find (lambda (c) (string-match-p (regexp-quote right) c)) offered)))))
            (eglot-code-actions beg end nil t))
          (let ((deadline (+ (float-time) timeout)) line)
            (while (and (< (float-time) deadline)
                        (progn (setq line (save-excursion (goto-char beg) (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
                               (not (string-match-p (regexp-quote right) line))))
              (accept-process-output nil 0.1))
            (govlint-step 'codeAction `((offered . ,(vconcat offered)) (chosen . ,(or chosen "")) (line . ,line)))))
        ;; Hover on the (now correct) parent id: the parent document.
        (goto-char (point-min))
        (search-forward right)
        (goto-char (+ 2 (match-beginning 0)))
        (eglot--signal-textDocument/didChange) ; Eglot sends changes on an idle timer; batch has none
        (let* ((server-object (eglot-current-server))
               (hover (jsonrpc-request server-object :textDocument/hover
                                       (list :textDocument (eglot--TextDocumentIdentifier)
                                             :position (eglot--pos-to-lsp-position (point)))))
               (contents (and hover (plist-get hover :contents))))
          (govlint-step 'hover `((text . ,(cond ((null contents) "")
                                                 ((stringp contents) contents)
                                                 ((plist-get contents :value))
                                                 (t (format "%S" contents)))))))
        (ignore-errors (eglot-shutdown (eglot-current-server))))
    (error (push (cons 'error (format "%S" err)) govlint-result)))
  (govlint-finish))
